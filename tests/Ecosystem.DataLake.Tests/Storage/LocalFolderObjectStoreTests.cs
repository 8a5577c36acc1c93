using Ecosystem.DataLake.Storage;
using Ecosystem.DataLake.Tests.Fakes;
using Ecosystem.DataLake.Zones;

namespace Ecosystem.DataLake.Tests.Storage;

public sealed class LocalFolderObjectStoreTests : ObjectStoreContract
{
    private readonly string _root = TestFiles.TempFolder();

    protected override IObjectStore CreateStore() => new LocalFolderObjectStore(_root);

    [Fact]
    public async Task Zones_AreTopLevelFolders()
    {
        Assert.All(ZoneNames.All, zone => Assert.True(Directory.Exists(Path.Combine(_root, zone.FolderName()))));
        await Task.CompletedTask;
    }

    [Fact]
    public async Task Metadata_LivesInAHiddenSidecarThatListingsNeverShow()
    {
        await Store.PutAsync(Zone.Curated, "dataset=x/part-00000.parquet", new MemoryStream([1]), ObjectMetadataKeys.Create(new string('7', 64)), default);

        Assert.True(File.Exists(Path.Combine(_root, "curated", "dataset=x", ".part-00000.parquet.meta.json")));
        var keys = new List<string>();
        await foreach (var item in Store.ListAsync(Zone.Curated, string.Empty, default))
        {
            keys.Add(item.Key);
        }

        Assert.Equal(["dataset=x/part-00000.parquet"], keys);
    }

    [Fact]
    public async Task AbandonedTempFiles_AreInvisibleAndDeletedOnRequest()
    {
        var folder = Path.Combine(_root, "landing", "inbox");
        Directory.CreateDirectory(folder);
        await File.WriteAllTextAsync(Path.Combine(folder, ".file.csv.0123.tmp"), "half-written");

        var keys = new List<string>();
        await foreach (var item in Store.ListAsync(Zone.Landing, string.Empty, default))
        {
            keys.Add(item.Key);
        }

        Assert.Empty(keys);
        Assert.Equal(1, ((LocalFolderObjectStore)Store).DeleteAbandonedTempFiles());
        Assert.Empty(Directory.GetFiles(folder));
    }
}
