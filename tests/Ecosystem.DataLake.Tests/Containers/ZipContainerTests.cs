using System.IO.Compression;
using Ecosystem.DataLake.Datasets.SocialDaily;
using Ecosystem.DataLake.Formats;
using Ecosystem.DataLake.Manifest;
using Ecosystem.DataLake.Tests.Fakes;
using Ecosystem.DataLake.Zones;

namespace Ecosystem.DataLake.Tests.Containers;

/// <summary>ZIP downloads land whole in raw and each entry flows through the pipeline as a file of its own, in the same run.</summary>
public sealed class ZipContainerTests : IDisposable
{
    private const string TikTokZip = "Overview_2025-12-30_1767312000_nova.reyes.zip";
    private readonly string _inbox = TestFiles.TempFolder();

    public void Dispose() => Directory.Delete(_inbox, recursive: true);

    [Fact]
    public async Task TikTokZip_EntriesLandAndCurateInTheSameRun_WithTheZipNamesDateAndHandle()
    {
        using var lake = await TestLake.CreateAsync();
        var zip = Zip(TikTokZip, ("Overview.csv", "TikTok/Overview.csv"), ("FollowerHistory.csv", "TikTok/FollowerHistory.csv"), ("__MACOSX/._Overview.csv", "TikTok/Overview.csv"));

        await lake.IngestAsync(zip);
        var run = await lake.RunAsync();

        Assert.Equal((2, 0, 0, 2), (run.Promoted, run.Quarantined, run.Failed, run.Landed));
        var objects = await lake.Manifest.AllObjectsAsync(default);
        var container = objects.Single(o => o.OriginalName == TikTokZip);
        Assert.Equal((LakeObjectStatus.Unpacked, "container.zip", 2L), (container.Status, container.Format, container.RowCount));
        Assert.Equal(TestFiles.Bytes("TikTok/Overview.csv"), await ReadAsync(lake, Zone.Raw, objects.Single(o => o.OriginalName == $"{TikTokZip}/Overview.csv").RawKey!));
        Assert.Equal(await File.ReadAllBytesAsync(zip), await ReadAsync(lake, Zone.Raw, container.RawKey!)); // the ZIP itself is kept as delivered

        var rows = await lake.CuratedRowsAsync(SocialDailyContract.Instance);
        Assert.Equal(new DateOnly(2025, 12, 30), rows.Min(r => r.Date)); // the year comes from the ZIP's name, not the landing day
        Assert.Equal(new DateOnly(2026, 1, 2), rows.Max(r => r.Date));
        Assert.All(rows, r => Assert.Equal("nova.reyes", r.Account));
        Assert.Contains(rows, r => r.Metric == SocialMetrics.Followers);

        var unpacked = (await lake.Manifest.LineageAsync(default)).Where(e => e.Step == "unpack").ToList();
        Assert.Equal(2, unpacked.Count);
        Assert.All(unpacked, e => Assert.Equal((Zone.Raw, container.RawKey, Zone.Landing), (e.FromZone, e.FromKey, e.ToZone)));
    }

    [Fact]
    public async Task ANewerZip_SharingAnEntry_LandsOnlyWhatIsNew()
    {
        using var lake = await TestLake.CreateAsync();
        await lake.IngestAsync(Zip("first/" + TikTokZip, ("Overview.csv", "TikTok/Overview.csv")));
        await lake.RunAsync();

        await lake.IngestAsync(Zip("second/" + TikTokZip, ("Overview.csv", "TikTok/Overview.csv"), ("Viewers.csv", "TikTok/overview-iso.csv")));
        var run = await lake.RunAsync();

        Assert.Equal((1, 1), (run.Promoted, run.Landed)); // the shared entry is a duplicate of the first ZIP's
        Assert.Equal(4, (await lake.Manifest.AllObjectsAsync(default)).Count);
    }

    [Fact]
    public async Task AnOfficeDocument_IsQuarantinedWithASentenceSayingToDownloadCsv()
    {
        using var lake = await TestLake.CreateAsync();
        var xlsx = Path.Combine(_inbox, "Overview.xlsx");
        using (var archive = ZipFile.Open(xlsx, ZipArchiveMode.Create))
        {
            foreach (var part in new[] { "[Content_Types].xml", "xl/workbook.xml", "xl/worksheets/sheet1.xml" })
            {
                using var writer = new StreamWriter(archive.CreateEntry(part).Open());
                writer.Write("<xml/>");
            }
        }

        await lake.IngestAsync(xlsx);
        await lake.RunAsync();

        var item = Assert.Single(await lake.Manifest.AllObjectsAsync(default));
        Assert.Equal((LakeObjectStatus.Quarantined, QuarantineReasons.UnreadableContainer), (item.Status, item.ReasonCode));
        Assert.Contains("download the CSV variant", item.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ABrokenZip_IsQuarantinedNotFailed()
    {
        using var lake = await TestLake.CreateAsync();
        var broken = Path.Combine(_inbox, "broken.zip");
        await File.WriteAllBytesAsync(broken, [0x50, 0x4B, 0x03, 0x04, 1, 2, 3, 4, 5, 6, 7, 8, 9]);

        await lake.IngestAsync(broken);
        var run = await lake.RunAsync();

        Assert.Equal((0, 1, 0), (run.Promoted, run.Quarantined, run.Failed));
        Assert.Equal(QuarantineReasons.UnreadableContainer, Assert.Single(await lake.Manifest.AllObjectsAsync(default)).ReasonCode);
    }

    [Fact]
    public async Task AZipWithNothingButFolders_IsQuarantinedWithTheReason()
    {
        using var lake = await TestLake.CreateAsync();
        var empty = Path.Combine(_inbox, "empty.zip");
        using (var archive = ZipFile.Open(empty, ZipArchiveMode.Create))
        {
            archive.CreateEntry("folder/");
        }

        await lake.IngestAsync(empty);
        await lake.RunAsync();

        Assert.Equal("the ZIP holds no files", Assert.Single(await lake.Manifest.AllObjectsAsync(default)).Reason);
    }

    private string Zip(string name, params (string Entry, string GoldenFile)[] entries)
    {
        var path = Path.Combine(_inbox, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        using var archive = ZipFile.Open(path, ZipArchiveMode.Create);
        foreach (var (entry, golden) in entries)
        {
            using var stream = archive.CreateEntry(entry, CompressionLevel.Optimal).Open();
            stream.Write(TestFiles.Bytes(golden));
        }

        return path;
    }

    private static async Task<byte[]> ReadAsync(TestLake lake, Zone zone, string key)
    {
        await using var stream = await lake.Store.OpenReadAsync(zone, key, default);
        using var buffer = new MemoryStream();
        await stream.CopyToAsync(buffer);
        return buffer.ToArray();
    }
}
