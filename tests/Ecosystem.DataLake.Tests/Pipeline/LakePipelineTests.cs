using System.Globalization;
using System.Text.Json;
using Ecosystem.DataLake.Formats;
using Ecosystem.DataLake.Manifest;
using Ecosystem.DataLake.Tests.Fakes;
using Ecosystem.DataLake.Zones;
using Parquet.Serialization;

namespace Ecosystem.DataLake.Tests.Pipeline;

/// <summary>What a user does: drop statements in, run the pipeline, and find exactly the right rows in curated.</summary>
public sealed class LakePipelineTests : IDisposable
{
    private readonly string _inbox = TestFiles.TempFolder();

    public void Dispose() => Directory.Delete(_inbox, recursive: true);

    [Fact]
    public async Task Run_ClassicStatement_LandsRawStagesAndCuratesIntoHivePartitions()
    {
        using var lake = await TestLake.CreateAsync();

        await lake.IngestAsync(TestFiles.Path("DistroKid/classic-13.tsv"));
        var run = await lake.RunAsync();

        Assert.Equal(PipelineRunStatus.Ok, run.Status);
        Assert.Equal(3, run.RowsCurated);
        Assert.Equal(
            ["dataset=royalty_line/source=distrokid/year=2023/month=12/part-00000.parquet", "dataset=royalty_line/source=distrokid/year=2024/month=01/part-00000.parquet"],
            await lake.KeysAsync(Zone.Curated));
        var item = Assert.Single(await lake.Manifest.AllObjectsAsync(default));
        Assert.Equal(LakeObjectStatus.Curated, item.Status);
        Assert.Equal("distrokid.bank_statement", item.Format);
        Assert.StartsWith($"distrokid/royalty_line/ingest_date=", item.RawKey, StringComparison.Ordinal);
        Assert.EndsWith($"/{item.Sha256[..16]}_classic-13.tsv", item.RawKey, StringComparison.Ordinal);
        var rows = await lake.CuratedRoyaltyLinesAsync();
        Assert.All(rows, row => Assert.Equal(item.Sha256, row.SourceSha256));
        Assert.All(rows, row => Assert.Equal(run.RunId, row.RunId));
        Assert.Equal(4.312870015m + 0.102135011213m + 1.75m, rows.Sum(r => r.Amount));
        Assert.Equal(["curated", "raw", "staging"], (await lake.Manifest.StepSecondsAsync(run.RunId, default)).Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task EveryColumn_SurvivesStagingAndCurationExactlyAsParsed()
    {
        using var lake = await TestLake.CreateAsync();
        var file = TestFiles.Path("DistroKid/current-15-bom-crlf.tsv");
        await lake.IngestAsync(file);
        await lake.RunAsync();
        var item = Assert.Single(await lake.Manifest.AllObjectsAsync(default));
        using var reader = TextEncodings.OpenReader(File.OpenRead(file), TextEncodings.Utf8Bom);
        var parsed = new Ecosystem.DataLake.Sources.DistroKid.DistroKidStatementHandler().Parse(reader, new ParseContext("distrokid", item.Sha256, "run", "x")).Select(p => p.Row!).ToList();

        var curated = (await lake.CuratedRoyaltyLinesAsync()).OrderBy(r => r.LineNo).ToList();

        Assert.Equal(parsed.Count, curated.Count);
        for (var i = 0; i < parsed.Count; i++)
        {
            var (p, c) = (parsed[i], curated[i]);
            Assert.Equal(
                (p.Source, p.ReportingDate, p.SaleMonth, p.Store, p.Artist, p.Title, p.Isrc, p.Upc, p.ProductKind, p.Country, p.Quantity, p.UnitKind),
                (c.Source, c.ReportingDate, c.SaleMonth, c.Store, c.Artist, c.Title, c.Isrc, c.Upc, c.ProductKind, c.Country, c.Quantity, c.UnitKind));
            Assert.Equal(
                (p.Amount, p.Currency, p.TeamPct, p.SongwriterWithheld, p.Recoup, p.DateInserted, p.IsAdjustment, p.LineNo, p.SourceSha256),
                (c.Amount, c.Currency, c.TeamPct, c.SongwriterWithheld, c.Recoup, c.DateInserted, c.IsAdjustment, c.LineNo, c.SourceSha256));
        }

        Assert.Equal([1, 2], curated.Where(r => r.Store.StartsWith("Amazon", StringComparison.Ordinal)).Select(r => r.Occurrence));
    }

    [Fact]
    public async Task MixedFolder_IsRoutedByContentToEachSourceAndUnknownFilesAreQuarantined()
    {
        using var lake = await TestLake.CreateAsync();
        string[] files = ["DistroKid/classic-13.tsv", "DistroKid/current-15-bom-crlf.tsv", "SoundCloud/lifetime_statement_5f0c3a7e_2026-08_ab12.csv", "Other/unknown-inventory.csv"];
        for (var i = 0; i < files.Length; i++)
        {
            // Names carry no hint: detection goes by content only.
            File.Copy(TestFiles.Path(files[i]), Path.Combine(_inbox, $"download ({i}).csv"));
        }

        await lake.IngestAsync(_inbox);
        var run = await lake.RunAsync();

        Assert.Equal(3, run.Promoted);
        Assert.Equal(1, run.Quarantined);
        var formats = (await lake.Manifest.AllObjectsAsync(default)).Select(o => o.Format ?? o.ReasonCode).Order(StringComparer.Ordinal);
        Assert.Equal(["distrokid.bank_statement", "distrokid.bank_statement", "soundcloud.lifetime_statement", "unknown_format"], formats);
        var rows = await lake.CuratedRoyaltyLinesAsync();
        Assert.Equal(4, rows.Count(r => r.Source == "soundcloud"));
        Assert.Equal(7, rows.Count(r => r.Source == "distrokid"));
        Assert.Contains("dataset=royalty_line/source=soundcloud/year=2026/month=06/part-00000.parquet", await lake.KeysAsync(Zone.Curated));
    }

    [Fact]
    public async Task Raw_IsAByteIdenticalCopyThatLaterRunsNeverRewrite()
    {
        using var lake = await TestLake.CreateAsync();
        await lake.IngestAsync(TestFiles.Path("DistroKid/classic-13.tsv"));
        await lake.RunAsync();
        var item = Assert.Single(await lake.Manifest.AllObjectsAsync(default));
        var rawPath = Path.Combine(lake.Root, "raw", item.RawKey!);
        var written = File.GetLastWriteTimeUtc(rawPath);

        await lake.IngestAsync(Statements.Write(_inbox, "next.tsv", [Statements.Line(1)]));
        await lake.RunAsync();

        Assert.Equal(TestFiles.Bytes("DistroKid/classic-13.tsv"), await File.ReadAllBytesAsync(rawPath));
        Assert.Equal(written, File.GetLastWriteTimeUtc(rawPath));
        Assert.Equal(item.Sha256, (await lake.Store.StatAsync(Zone.Raw, item.RawKey!, default))!.Sha256);
    }

    [Fact]
    public async Task Ingest_SameBytesUnderAnotherName_IsADuplicateAndNeverPromotedAgain()
    {
        using var lake = await TestLake.CreateAsync();
        var first = Statements.Write(_inbox, "statement.tsv", Enumerable.Range(1, 30).Select(n => Statements.Line(n)));
        var copy = Path.Combine(_inbox, "statement (1).tsv");
        File.Copy(first, copy);

        await lake.IngestAsync(first);
        await lake.RunAsync();
        var again = await lake.IngestAsync(copy);
        var run = await lake.RunAsync();

        Assert.Equal(1, again.Duplicates);
        Assert.Equal("duplicate", Assert.Single(again.Files).Outcome);
        Assert.Empty(run.Files);
        Assert.Equal(30, (await lake.CuratedRoyaltyLinesAsync()).Count);
        Assert.Single(await lake.Manifest.AllObjectsAsync(default));
        Assert.Equal(1, await lake.Manifest.DuplicateLandingsAsync(default));
        Assert.Single(await lake.KeysAsync(Zone.Landing));
    }

    [Fact]
    public async Task OverlappingStatements_GiveTheTotalsOfTheUnionOfDistinctLines()
    {
        using var lake = await TestLake.CreateAsync();
        var repeated = Statements.Line(7); // a genuinely repeated identical line: twice in each file
        var a = Enumerable.Range(1, 60).Select(n => Statements.Line(n)).Append(repeated).ToList();
        var b = Enumerable.Range(40, 61).Select(n => Statements.Line(n)).Append(repeated).Append(repeated).ToList();
        var union = Enumerable.Range(1, 100).Select(n => Statements.Line(n)).Append(repeated).ToList();

        await lake.IngestAsync(Statements.Write(_inbox, "jan-to-mar.tsv", a));
        await lake.RunAsync();
        await lake.IngestAsync(Statements.Write(_inbox, "feb-to-apr.tsv", b));
        await lake.RunAsync();

        var rows = await lake.CuratedRoyaltyLinesAsync();
        Assert.Equal(union.Count, rows.Count);
        Assert.Equal(Statements.Total(union), rows.Sum(r => r.Amount));
        Assert.Equal(union.Sum(line => long.Parse(line.Split('\t')[7], CultureInfo.InvariantCulture)), rows.Sum(r => r.Quantity));
        Assert.Equal([1, 2], rows.Where(r => r.Title == "Song 7" && r.Quantity == 70).Select(r => r.Occurrence).Order());
    }

    [Fact]
    public async Task RestatedLine_TheNewerStatementWinsAndHistoryOutsideItStays()
    {
        using var lake = await TestLake.CreateAsync();
        var original = Enumerable.Range(1, 12).Select(n => Statements.Line(n)).ToList();
        var restated = new[] { Statements.Line(5, earnings: 9.5m) };

        await lake.IngestAsync(Statements.Write(_inbox, "original.tsv", original));
        await lake.RunAsync();
        await lake.IngestAsync(Statements.Write(_inbox, "restated.tsv", restated));
        await lake.RunAsync();

        var rows = await lake.CuratedRoyaltyLinesAsync();
        Assert.Equal(12, rows.Count);
        Assert.Equal(9.5m, Assert.Single(rows, r => r.Title == "Song 5").Amount);
        Assert.Equal(Statements.Total(original) - Statements.Total([Statements.Line(5)]) + 9.5m, rows.Sum(r => r.Amount));
    }

    [Fact]
    public async Task ReplacedCuratedVersion_IsArchivedUnderItsFullKeyWithItsSha256()
    {
        using var lake = await TestLake.CreateAsync();
        await lake.IngestAsync(Statements.Write(_inbox, "one.tsv", [Statements.Line(3)]));
        await lake.RunAsync();
        var before = Assert.Single(await lake.Manifest.CuratedPartitionsAsync(default));

        await lake.IngestAsync(Statements.Write(_inbox, "two.tsv", [Statements.Line(6)]));
        await lake.RunAsync();

        var archiveKey = $"curated/{before.ObjectKey}/sha256={before.Sha256}.parquet";
        Assert.Equal([archiveKey], await lake.KeysAsync(Zone.Archive));
        var archived = await lake.Store.StatAsync(Zone.Archive, archiveKey, default);
        Assert.Equal(before.Sha256, archived!.Sha256);
        await using var stream = await lake.Store.OpenReadAsync(Zone.Archive, archiveKey, default);
        Assert.Equal(before.Sha256, Convert.ToHexStringLower(await System.Security.Cryptography.SHA256.HashDataAsync(stream)));
        Assert.Equal(2, Assert.Single(await lake.Manifest.CuratedPartitionsAsync(default)).RowCount);
    }

    [Fact]
    public async Task CuratedParquet_IsReadableThroughAnotherParquetApiWithTypedColumns()
    {
        using var lake = await TestLake.CreateAsync();
        await lake.IngestAsync(TestFiles.Path("DistroKid/classic-13.tsv"));
        await lake.RunAsync();

        var key = "dataset=royalty_line/source=distrokid/year=2024/month=01/part-00000.parquet";
        await using var stream = await lake.Store.OpenReadAsync(Zone.Curated, key, default);
        var result = await ParquetSerializer.DeserializeUntypedAsync(stream);

        Assert.Equal(2, result.Data.Count);
        var spotify = Assert.Single(result.Data, row => (string)row["store"]! == "Spotify");
        Assert.Equal(4.312870015m, (decimal)spotify["amount"]!);
        Assert.Equal(1523L, spotify["quantity"]);
        Assert.Equal("QZTES2400001", spotify["isrc"]);
        Assert.Equal("0196000000001", spotify["upc"]);
        Assert.Equal("USD", spotify["currency"]);
        Assert.Equal("distrokid", spotify["source"]);
        Assert.Contains(result.Schema.DataFields, field => field.Name == "source_sha256");
    }

    [Fact]
    public async Task UnknownCsv_IsQuarantinedWithAReasonThatNamesItsHeader()
    {
        using var lake = await TestLake.CreateAsync();

        await lake.IngestAsync(TestFiles.Path("Other/unknown-inventory.csv"));
        var run = await lake.RunAsync();

        Assert.Equal(PipelineRunStatus.Partial, run.Status);
        var item = Assert.Single(await lake.Manifest.AllObjectsAsync(default));
        Assert.Equal(LakeObjectStatus.Quarantined, item.Status);
        Assert.Equal(QuarantineReasons.UnknownFormat, item.ReasonCode);
        Assert.Contains("sku | warehouse | stock level", item.Reason, StringComparison.Ordinal);
        var note = await ReadNoteAsync(lake, item.QuarantineKey!);
        Assert.Equal("unknown_format", note.GetProperty("reason_code").GetString());
        Assert.Equal(HeaderSample.Fingerprint(["sku", "warehouse", "stock level", "reorder point", "last counted"]), note.GetProperty("header_fingerprint").GetString());
        Assert.Equal(5, note.GetProperty("header").GetArrayLength());
        Assert.Equal(TestFiles.Bytes("Other/unknown-inventory.csv"), await ReadBytesAsync(lake, Zone.Quarantine, item.QuarantineKey!));
        Assert.Empty(await lake.KeysAsync(Zone.Raw));
    }

    [Theory]
    [InlineData("Other/empty.csv", QuarantineReasons.EmptyFile)]
    [InlineData("Other/binary.png", QuarantineReasons.UnreadableEncoding)]
    [InlineData("DistroKid/unknown-variant-no-team.tsv", QuarantineReasons.UnknownHeaderVariant)]
    [InlineData("DistroKid/rejects.tsv", QuarantineReasons.RejectThreshold)]
    public async Task BadFiles_AreQuarantinedWithTheirReason(string file, string reasonCode)
    {
        using var lake = await TestLake.CreateAsync();

        await lake.IngestAsync(TestFiles.Path(file));
        var run = await lake.RunAsync();

        var outcome = Assert.Single(run.Files);
        Assert.Equal("quarantined", outcome.Outcome);
        Assert.Equal(reasonCode, outcome.ReasonCode);
        var item = Assert.Single(await lake.Manifest.AllObjectsAsync(default));
        Assert.Contains(ObjectKeys.ReasonFor(item.QuarantineKey!), await lake.KeysAsync(Zone.Quarantine));
        Assert.Empty(await lake.KeysAsync(Zone.Curated));
    }

    [Fact]
    public async Task RejectThreshold_RecordsEveryRejectedRowWithItsReason()
    {
        using var lake = await TestLake.CreateAsync();

        await lake.IngestAsync(TestFiles.Path("DistroKid/rejects.tsv"));
        await lake.RunAsync();

        var item = Assert.Single(await lake.Manifest.AllObjectsAsync(default));
        var rejects = await lake.Manifest.RejectsAsync(item.Sha256, default);
        Assert.Equal(9, rejects.Count);
        Assert.Contains(rejects, r => r.LineNo == 5 && r.Reason == "Quantity '1.5K' is not a whole number");
        var note = await ReadNoteAsync(lake, item.QuarantineKey!);
        Assert.Equal(9, note.GetProperty("first_rejects").GetArrayLength());
        Assert.Contains("90.0%", item.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FewRejectedRows_UnderTheThreshold_StageTheRestAndKeepTheRejects()
    {
        using var lake = await TestLake.CreateAsync(rejectThreshold: 0.95);

        await lake.IngestAsync(TestFiles.Path("DistroKid/rejects.tsv"));
        var run = await lake.RunAsync();

        Assert.Equal(PipelineRunStatus.Ok, run.Status);
        Assert.Equal("Good Row", Assert.Single(await lake.CuratedRoyaltyLinesAsync()).Title);
        Assert.Equal(9, (await lake.Manifest.RejectsAsync(Assert.Single(await lake.Manifest.AllObjectsAsync(default)).Sha256, default)).Count);
    }

    [Fact]
    public async Task Windows1252Statement_FallsBackFromUtf8AndKeepsTheAccents()
    {
        using var lake = await TestLake.CreateAsync();

        await lake.IngestAsync(TestFiles.Path("DistroKid/windows-1252.tsv"));
        await lake.RunAsync();

        Assert.Equal("Sólveig Árnadóttir", Assert.Single(await lake.CuratedRoyaltyLinesAsync()).Artist);
        Assert.Equal(TextEncodings.Windows1252, Assert.Single(await lake.Manifest.AllObjectsAsync(default)).Encoding);
    }

    [Fact]
    public async Task FileDroppedStraightIntoLanding_IsAdoptedHashedAndPromoted()
    {
        using var lake = await TestLake.CreateAsync();
        await lake.Store.EnsureZonesAsync(default);
        var dropped = Path.Combine(lake.Root, "landing", "dropbox", "statement.tsv");
        Directory.CreateDirectory(Path.GetDirectoryName(dropped)!);
        File.Copy(TestFiles.Path("DistroKid/classic-13.tsv"), dropped);

        var run = await lake.RunAsync();

        Assert.Equal(1, run.Landed);
        Assert.Equal(3, run.RowsCurated);
        var item = Assert.Single(await lake.Manifest.AllObjectsAsync(default));
        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(TestFiles.Bytes("DistroKid/classic-13.tsv"))), item.Sha256);
    }

    [Fact]
    public async Task FailedFile_StaysPendingAndTheOthersGoOn()
    {
        using var lake = await TestLake.CreateAsync();
        await lake.IngestAsync(TestFiles.Path("DistroKid/classic-13.tsv"), TestFiles.Path("DistroKid/current-15-bom-crlf.tsv"));
        var broken = (await lake.Manifest.AllObjectsAsync(default))[0];
        await lake.Store.DeleteAsync(Zone.Landing, broken.LandingKey, default); // the bytes vanished from under the lake

        var run = await lake.RunAsync();

        Assert.Equal(PipelineRunStatus.Failed, run.Status);
        Assert.Equal(1, run.Failed);
        Assert.Equal(1, run.Promoted);
        Assert.Equal(LakeObjectStatus.Landed, (await lake.Manifest.FindAsync(broken.Sha256, default))!.Status);
    }

    private static async Task<JsonElement> ReadNoteAsync(TestLake lake, string quarantineKey)
    {
        var bytes = await ReadBytesAsync(lake, Zone.Quarantine, ObjectKeys.ReasonFor(quarantineKey));
        return JsonDocument.Parse(bytes).RootElement;
    }

    private static async Task<byte[]> ReadBytesAsync(TestLake lake, Zone zone, string key)
    {
        await using var stream = await lake.Store.OpenReadAsync(zone, key, default);
        using var copy = new MemoryStream();
        await stream.CopyToAsync(copy);
        return copy.ToArray();
    }
}
