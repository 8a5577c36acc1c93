using Ecosystem.DataLake.Manifest;
using Ecosystem.DataLake.Tests.Fakes;
using Ecosystem.DataLake.Zones;

namespace Ecosystem.DataLake.Tests.Pipeline;

/// <summary>The whole pipeline on a real S3 server: buckets per zone, server-side copies, metadata, archive.</summary>
public sealed class S3LakePipelineTests : IDisposable
{
    private readonly string _inbox = TestFiles.TempFolder();

    public void Dispose() => Directory.Delete(_inbox, recursive: true);

    [Fact]
    public async Task OverlappingStatements_OnS3_CurateTheUnionAndArchiveReplacedVersions()
    {
        using var lake = await TestLake.CreateAsync(s3BucketPrefix: S3TestServer.UniquePrefix());
        var a = Enumerable.Range(1, 30).Select(n => Statements.Line(n)).ToList();
        var b = Enumerable.Range(20, 30).Select(n => Statements.Line(n)).ToList();

        await lake.IngestAsync(Statements.Write(_inbox, "a.tsv", a), Statements.Write(_inbox, "a-copy.tsv", a));
        var first = await lake.RunAsync();
        await lake.IngestAsync(Statements.Write(_inbox, "b.tsv", b));
        var second = await lake.RunAsync();

        Assert.Equal(PipelineRunStatus.Ok, first.Status);
        Assert.Equal(PipelineRunStatus.Ok, second.Status);
        var rows = await lake.CuratedRoyaltyLinesAsync();
        var union = Enumerable.Range(1, 49).Select(n => Statements.Line(n)).ToList();
        Assert.Equal(union.Count, rows.Count);
        Assert.Equal(Statements.Total(union), rows.Sum(r => r.Amount));
        Assert.Equal(3, (await lake.KeysAsync(Zone.Archive)).Count);
        Assert.Equal(2, (await lake.KeysAsync(Zone.Raw)).Count);
        foreach (var partition in await lake.Manifest.CuratedPartitionsAsync(default))
        {
            Assert.Equal(partition.Sha256, (await lake.Store.StatAsync(Zone.Curated, partition.ObjectKey, default))!.Sha256);
        }
    }

    [Fact]
    public async Task UnknownFile_OnS3_IsQuarantinedWithItsReasonNote()
    {
        using var lake = await TestLake.CreateAsync(s3BucketPrefix: S3TestServer.UniquePrefix());

        await lake.IngestAsync(TestFiles.Path("Other/unknown-inventory.csv"));
        await lake.RunAsync();

        var item = Assert.Single(await lake.Manifest.AllObjectsAsync(default));
        Assert.Equal(LakeObjectStatus.Quarantined, item.Status);
        Assert.Equal([item.QuarantineKey!, ObjectKeys.ReasonFor(item.QuarantineKey!)], await lake.KeysAsync(Zone.Quarantine));
    }
}
