using System.Security.Cryptography;
using Ecosystem.DataLake.Storage;
using Ecosystem.DataLake.Zones;

namespace Ecosystem.DataLake.Tests.Storage;

/// <summary>
/// One contract, two adapters: every behaviour the lake relies on, run against the local folder store and against a
/// real S3 server. A derived class only says how to make a fresh, empty store.
/// </summary>
public abstract class ObjectStoreContract : IAsyncLifetime
{
    private IObjectStore? _store;

    protected IObjectStore Store => _store ?? throw new InvalidOperationException("The store is not ready.");

    public async Task InitializeAsync()
    {
        _store = CreateStore();
        await _store.EnsureZonesAsync(CancellationToken.None);
    }

    public Task DisposeAsync()
    {
        (_store as IDisposable)?.Dispose();
        return Task.CompletedTask;
    }

    protected abstract IObjectStore CreateStore();

    [Fact]
    public async Task Put_ThenStat_GivesSizeAndMetadata()
    {
        var metadata = new Dictionary<string, string> { ["sha256"] = new string('a', 64), ["Original-Name"] = "x.tsv" };

        await Store.PutAsync(Zone.Landing, "inbox/a.tsv", new MemoryStream("hello"u8.ToArray()), metadata, default);
        var stat = await Store.StatAsync(Zone.Landing, "inbox/a.tsv", default);

        Assert.NotNull(stat);
        Assert.Equal(5, stat.Size);
        Assert.Equal(new string('a', 64), stat.Sha256);
        Assert.Equal("x.tsv", stat.Metadata["original-name"]); // metadata keys are lower-cased
    }

    [Fact]
    public async Task Put_LargeUnseekableStream_ReadsBackTheSameBytes()
    {
        var bytes = RandomNumberGenerator.GetBytes(12 * 1024 * 1024 + 17);

        await Store.PutAsync(Zone.Raw, "big/file.bin", new UnseekableStream(bytes), ObjectMetadataKeys.Empty, default);
        await using var read = await Store.OpenReadAsync(Zone.Raw, "big/file.bin", default);
        using var copy = new MemoryStream();
        await read.CopyToAsync(copy);

        Assert.True(read.CanSeek);
        Assert.Equal(SHA256.HashData(bytes), SHA256.HashData(copy.ToArray()));
    }

    [Fact]
    public async Task Put_SameKeyAgain_ReplacesTheObject()
    {
        await Store.PutAsync(Zone.Curated, "d/part.parquet", new MemoryStream("old"u8.ToArray()), ObjectMetadataKeys.Create(new string('1', 64)), default);
        await Store.PutAsync(Zone.Curated, "d/part.parquet", new MemoryStream("newer"u8.ToArray()), ObjectMetadataKeys.Create(new string('2', 64)), default);

        var stat = await Store.StatAsync(Zone.Curated, "d/part.parquet", default);
        Assert.Equal(5, stat!.Size);
        Assert.Equal(new string('2', 64), stat.Sha256);
        Assert.Equal("newer", await ReadTextAsync(Zone.Curated, "d/part.parquet"));
    }

    [Fact]
    public async Task Stat_MissingObject_IsNull() => Assert.Null(await Store.StatAsync(Zone.Raw, "nope/missing.csv", default));

    [Fact]
    public async Task OpenRead_MissingObject_ThrowsObjectNotFound() =>
        await Assert.ThrowsAsync<ObjectNotFoundException>(() => Store.OpenReadAsync(Zone.Raw, "nope/missing.csv", default));

    [Fact]
    public async Task ReadHead_GivesOnlyTheFirstBytes()
    {
        await Store.PutAsync(Zone.Landing, "h/file.csv", new MemoryStream("header,line\nrow,1\n"u8.ToArray()), ObjectMetadataKeys.Empty, default);

        Assert.Equal("header"u8.ToArray(), await Store.ReadHeadAsync(Zone.Landing, "h/file.csv", 6, default));
        Assert.Equal(18, (await Store.ReadHeadAsync(Zone.Landing, "h/file.csv", 1000, default)).Length);
    }

    [Fact]
    public async Task Copy_AcrossZones_ReplacesMetadataWhenGivenAndKeepsItOtherwise()
    {
        await Store.PutAsync(Zone.Landing, "c/src.csv", new MemoryStream("data"u8.ToArray()), ObjectMetadataKeys.Create(new string('3', 64)), default);

        await Store.CopyAsync(Zone.Landing, "c/src.csv", Zone.Raw, "c/kept.csv", null, default);
        await Store.CopyAsync(Zone.Landing, "c/src.csv", Zone.Raw, "c/replaced.csv", ObjectMetadataKeys.Create(new string('4', 64)), default);

        Assert.Equal(new string('3', 64), (await Store.StatAsync(Zone.Raw, "c/kept.csv", default))!.Sha256);
        Assert.Equal(new string('4', 64), (await Store.StatAsync(Zone.Raw, "c/replaced.csv", default))!.Sha256);
        Assert.Equal("data", await ReadTextAsync(Zone.Raw, "c/replaced.csv"));
        Assert.NotNull(await Store.StatAsync(Zone.Landing, "c/src.csv", default)); // a copy leaves the source alone
    }

    [Fact]
    public async Task Copy_ThenReplacingOrDeletingTheSource_LeavesTheCopyAsItWas()
    {
        await Store.PutAsync(Zone.Landing, "c/original.csv", new MemoryStream("first"u8.ToArray()), ObjectMetadataKeys.Create(new string('8', 64)), default);
        await Store.CopyAsync(Zone.Landing, "c/original.csv", Zone.Raw, "c/copy.csv", ObjectMetadataKeys.Create(new string('8', 64)), default);

        await Store.PutAsync(Zone.Landing, "c/original.csv", new MemoryStream("second"u8.ToArray()), ObjectMetadataKeys.Empty, default);
        Assert.Equal("first", await ReadTextAsync(Zone.Raw, "c/copy.csv"));

        await Store.DeleteAsync(Zone.Landing, "c/original.csv", default);
        Assert.Equal("first", await ReadTextAsync(Zone.Raw, "c/copy.csv"));
    }

    [Fact]
    public async Task Copy_MissingSource_ThrowsObjectNotFound() =>
        await Assert.ThrowsAsync<ObjectNotFoundException>(() => Store.CopyAsync(Zone.Landing, "c/none.csv", Zone.Raw, "c/x.csv", null, default));

    [Fact]
    public async Task Move_RenamesWithinTheZoneAndSetsMetadata()
    {
        await Store.PutAsync(Zone.Landing, "_incoming/abc", new MemoryStream("moved"u8.ToArray()), ObjectMetadataKeys.Empty, default);

        await Store.MoveAsync(Zone.Landing, "_incoming/abc", "inbox/ingest_date=2026-01-01/abc_file.csv", ObjectMetadataKeys.Create(new string('5', 64)), default);

        Assert.Null(await Store.StatAsync(Zone.Landing, "_incoming/abc", default));
        var moved = await Store.StatAsync(Zone.Landing, "inbox/ingest_date=2026-01-01/abc_file.csv", default);
        Assert.Equal(new string('5', 64), moved!.Sha256);
        Assert.Equal("moved", await ReadTextAsync(Zone.Landing, "inbox/ingest_date=2026-01-01/abc_file.csv"));
    }

    [Fact]
    public async Task Delete_RemovesAndMissingIsNoError()
    {
        await Store.PutAsync(Zone.Quarantine, "q/file.csv", new MemoryStream("x"u8.ToArray()), ObjectMetadataKeys.Empty, default);

        await Store.DeleteAsync(Zone.Quarantine, "q/file.csv", default);
        await Store.DeleteAsync(Zone.Quarantine, "q/file.csv", default);

        Assert.Null(await Store.StatAsync(Zone.Quarantine, "q/file.csv", default));
    }

    [Fact]
    public async Task List_GivesEveryObjectUnderThePrefixRecursivelyInKeyOrder()
    {
        foreach (var key in new[] { "dataset=a/year=2024/month=02/part-00000.parquet", "dataset=a/year=2024/month=01/part-00000.parquet", "dataset=b/x.parquet" })
        {
            await Store.PutAsync(Zone.Curated, key, new MemoryStream([1, 2, 3]), ObjectMetadataKeys.Create(new string('6', 64)), default);
        }

        var listed = new List<StoredObject>();
        await foreach (var item in Store.ListAsync(Zone.Curated, "dataset=a/", default))
        {
            listed.Add(item);
        }

        Assert.Equal(["dataset=a/year=2024/month=01/part-00000.parquet", "dataset=a/year=2024/month=02/part-00000.parquet"], listed.Select(o => o.Key));
        Assert.All(listed, o => Assert.Equal(3, o.Size));
    }

    [Fact]
    public async Task Keys_WithSpacesAndAccents_RoundTrip()
    {
        const string key = "inbox/ingest_date=2026-01-01/Sólveig Árnadóttir – Fjara (Live).csv";

        await Store.PutAsync(Zone.Landing, key, new MemoryStream("ok"u8.ToArray()), ObjectMetadataKeys.Empty, default);

        Assert.Equal("ok", await ReadTextAsync(Zone.Landing, key));
        var listed = new List<string>();
        await foreach (var item in Store.ListAsync(Zone.Landing, "inbox/", default))
        {
            listed.Add(item.Key);
        }

        Assert.Contains(key, listed);
    }

    [Theory]
    [InlineData("../escape.csv")]
    [InlineData("/absolute.csv")]
    [InlineData("a/../../b.csv")]
    [InlineData("a/.hidden")]
    [InlineData("a\\b.csv")]
    public async Task Keys_ThatCouldEscapeOrHide_AreRefused(string key) =>
        await Assert.ThrowsAsync<ArgumentException>(() => Store.PutAsync(Zone.Landing, key, new MemoryStream([1]), ObjectMetadataKeys.Empty, default));

    private async Task<string> ReadTextAsync(Zone zone, string key)
    {
        await using var stream = await Store.OpenReadAsync(zone, key, default);
        using var reader = new StreamReader(stream);
        return await reader.ReadToEndAsync();
    }

    private sealed class UnseekableStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;

        public override long Length => throw new NotSupportedException();

        public override long Position
        {
            get => throw new NotSupportedException();
            set => throw new NotSupportedException();
        }
    }
}
