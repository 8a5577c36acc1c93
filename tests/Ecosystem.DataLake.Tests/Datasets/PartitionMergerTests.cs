using Ecosystem.DataLake.Datasets;
using Ecosystem.DataLake.Datasets.RoyaltyLines;
using Ecosystem.DataLake.Formats;
using Ecosystem.DataLake.Zones;

namespace Ecosystem.DataLake.Tests.Datasets;

/// <summary>
/// The staging → curated merge on its own: repeated identical lines numbered in the order the file lists them, a
/// restated line replacing the previous version's, the rest of the previous version kept, the output in canonical
/// order — also when the previous version was written in another order (a file from an older release).
/// </summary>
public sealed class PartitionMergerTests
{
    private static readonly RoyaltyLineContract Contract = RoyaltyLineContract.Instance;
    private static readonly DateOnly Month = new(2026, 3, 1);
    private static readonly string[] Stores = ["Spotify", "Deezer", "Tidal"];

    [Fact]
    public async Task Staged_rows_are_numbered_in_file_order_and_laid_over_an_unsorted_previous_version()
    {
        // The previous version: three facts, deliberately not in canonical order.
        var previous = Write(
            [Line("Spotify", "Song C", 30m, occurrence: 1), Line("Apple Music", "Song A", 10m, occurrence: 1), Line("Spotify", "Song B", 20m, occurrence: 1)],
            staging: false);

        // The new file: Song B restated (new money), a new Deezer line, and one line listed three times with
        // different quantities (the same fact repeated: occurrences 1, 2, 3 in the order of the file).
        var staged = new[]
        {
            Line("Tidal", "Song D", 1m, quantity: 7, lineNo: 2),
            Line("Spotify", "Song B", 25m, lineNo: 3),
            Line("Tidal", "Song D", 1m, quantity: 5, lineNo: 4),
            Line("Deezer", "Song E", 4m, lineNo: 5),
            Line("Tidal", "Song D", 1m, quantity: 9, lineNo: 6),
        };
        var staging = Write(staged, staging: true);

        using var output = new MemoryStream();
        var result = new PartitionMerger<RoyaltyLine>(Contract).Merge(new PartitionMergeRequest(() => new MemoryStream(staging), [0], new MemoryStream(previous), "run-2"), output, default);
        output.Position = 0;
        var merged = await DatasetParquetReader.ReadAllAsync(Contract, output, default);

        Assert.Equal(5, result.IncomingRows);
        Assert.Equal(7, result.TotalRows);
        Assert.Equal(merged.Order(Contract.Order), merged); // canonical order
        Assert.Equal(
            ["Apple Music|Song A|10|1|run-1", "Deezer|Song E|4|1|run-2", "Spotify|Song B|25|1|run-2", "Spotify|Song C|30|1|run-1", "Tidal|Song D|1|1|run-2", "Tidal|Song D|1|2|run-2", "Tidal|Song D|1|3|run-2"],
            merged.Select(r => $"{r.Store}|{r.Title}|{r.Amount:0.##}|{r.Occurrence}|{r.RunId}"));
        Assert.Equal([7L, 5L, 9L], merged.Where(r => r.Title == "Song D").Select(r => r.Quantity));
        Assert.All(merged.Where(r => r.RunId == "run-2"), r => Assert.Equal("sha-new", r.SourceSha256));
    }

    [Fact]
    public void Merging_the_same_file_again_changes_nothing()
    {
        var staged = new[] { Line("Tidal", "Song D", 1m, quantity: 7, lineNo: 2), Line("Tidal", "Song D", 1m, quantity: 5, lineNo: 3), Line("Deezer", "Song E", 4m, lineNo: 4) };
        var merger = new PartitionMerger<RoyaltyLine>(Contract);

        using var first = new MemoryStream();
        merger.Merge(new PartitionMergeRequest(() => new MemoryStream(Write(staged, staging: true)), [0], null, "run-1"), first, default);
        first.Position = 0;
        using var second = new MemoryStream();
        var result = merger.Merge(new PartitionMergeRequest(() => new MemoryStream(Write(staged, staging: true)), [0], new MemoryStream(first.ToArray()), "run-1"), second, default);

        Assert.Equal(3, result.TotalRows);
        Assert.Equal(first.ToArray(), second.ToArray());
    }

    [Fact]
    public void A_large_partition_merged_on_two_cores_gives_the_same_bytes_as_on_one()
    {
        // Enough rows for the parallel column read and the two-halves sort, with repeated lines across the halves.
        var staged = Enumerable.Range(0, 30_000)
            .Select(i => Line(Stores[i % 3], $"Song {i % 997}", i % 11, quantity: i, lineNo: i + 2))
            .ToArray();
        var file = Write(staged, staging: true, groupRows: 8_192);
        var merger = new PartitionMerger<RoyaltyLine>(Contract);

        using var oneCore = new MemoryStream();
        var one = merger.Merge(new PartitionMergeRequest(() => new MemoryStream(file), [0, 1, 2, 3], null, "run-1", Workers: 1), oneCore, default);
        using var twoCores = new MemoryStream();
        var two = merger.Merge(new PartitionMergeRequest(() => new MemoryStream(file), [0, 1, 2, 3], null, "run-1", Workers: 2), twoCores, default);

        Assert.Equal(30_000, one.TotalRows);
        Assert.Equal(one, two);
        Assert.Equal(oneCore.ToArray(), twoCores.ToArray());
        twoCores.Position = 0;
        var merged = LakeParquetReader.ReadAll(Contract, twoCores, default);
        Assert.Equal(merged.Order(Contract.Order), merged);
        Assert.Equal(30_000, merged.Select(r => (r.Store, r.Title, r.Occurrence)).Distinct().Count());
    }

    [Fact]
    public async Task A_partition_merged_column_by_column_holds_every_value_it_was_given_in_the_row_writers_layout()
    {
        // Over row groups of rows with optional values missing, money of several scales, non-ASCII text and titles
        // up to 40,000 characters; laid over a previous version.
        var random = new Random(11);
        RoyaltyLine Varied(int i, string runId)
        {
            var title = random.Next(50) == 0 ? $"Sóng {new string('x', random.Next(200, 40_000))}" : $"Song {random.Next(900)}";
            var line = Line(Stores[random.Next(3)], title, random.Next(-500, 5_000) / (decimal)Math.Pow(10, random.Next(0, 13)), quantity: random.Next(100), lineNo: i);
            line.Isrc = random.Next(4) == 0 ? null : $"QZABC26{random.Next(40):D5}";
            line.Country = random.Next(7) == 0 ? null : "NO";
            line.TeamPct = random.Next(3) == 0 ? null : random.Next(100) / 100m;
            line.DateInserted = random.Next(2) == 0 ? null : new DateOnly(2026, 4, 1 + random.Next(28));
            line.IsAdjustment = random.Next(9) == 0;
            line.RunId = runId;
            return line;
        }

        var previousRows = Enumerable.Range(0, 20_000).Select(i => Varied(i, "run-1")).ToArray();
        var merger = new PartitionMerger<RoyaltyLine>(Contract);
        using var previous = new MemoryStream();
        merger.Merge(new PartitionMergeRequest(() => new MemoryStream(Write(previousRows, staging: true)), [0], null, "run-1"), previous, default);

        var staged = Enumerable.Range(0, 40_000).Select(i => Varied(i, "run-2")).ToArray();
        using var merged = new MemoryStream();
        previous.Position = 0;
        var result = merger.Merge(new PartitionMergeRequest(() => new MemoryStream(Write(staged, staging: true, groupRows: 16_384)), [0, 1, 2], previous, "run-2", Workers: 2), merged, default);

        // Read back by both readers, every staged row is there with every value, and every other row is one of the
        // previous version's, value for value.
        var rows = LakeParquetReader.ReadAll(Contract, new MemoryStream(merged.ToArray()), default);
        var parquetNet = await DatasetParquetReader.ReadAllAsync(Contract, new MemoryStream(merged.ToArray()), default);
        Assert.Equal(result.TotalRows, rows.Length);
        Assert.Equal(rows.Select(Values), parquetNet.Select(Values));
        var left = rows.Where(row => row.RunId == "run-2").Select(Values).ToList();
        Assert.Equal(staged.Select(Values).Order(), left.Order());
        var earlier = previousRows.Select(Values).ToHashSet();
        Assert.All(rows.Where(row => row.RunId == "run-1"), row => Assert.Contains(Values(row), earlier));
        Assert.InRange(rows.Length, 40_001, 59_999); // some previous rows replaced, some kept

        // The schema, row groups and encodings of the row writer's file for the same rows.
        using var rewritten = new MemoryStream();
        using (var writer = new LakeParquetWriter<RoyaltyLine>(Contract.Columns, rewritten))
        {
            foreach (var group in rows.Chunk(32 * 1024))
            {
                writer.WriteRowGroup(group);
            }
        }

        Assert.Equal(Layout(rewritten.ToArray()), Layout(merged.ToArray()));
    }

    /// <summary>Every value of a row but those the merge sets (occurrence, run, source file).</summary>
    private static string Values(RoyaltyLine r) => string.Join(
        '|',
        r.Source, r.ReportingDate, r.SaleMonth, r.Store, r.Artist, r.Title, r.Isrc ?? "∅", r.Upc ?? "∅", r.ProductKind, r.Country ?? "∅", r.Quantity, r.UnitKind,
        Money(r.Amount), r.Currency, Money(r.TeamPct), Money(r.SongwriterWithheld), Money(r.Recoup),
        r.DateInserted?.ToString("O", System.Globalization.CultureInfo.InvariantCulture) ?? "∅", r.IsAdjustment, r.LineNo);

    /// <summary>A decimal by its value (1.5 and 1.500 alike; the file keeps 12 places).</summary>
    private static string Money(decimal? value) => value?.ToString("0.############", System.Globalization.CultureInfo.InvariantCulture) ?? "∅";

    /// <summary>Each column's name, physical and logical type and repetition; each row group's rows; each column chunk's encodings.</summary>
    private static List<string> Layout(byte[] file)
    {
        using var reader = new ParquetSharp.ParquetFileReader(new MemoryStream(file));
        using var metadata = reader.FileMetaData;
        var layout = new List<string>();
        for (var c = 0; c < metadata.Schema.NumColumns; c++)
        {
            var column = metadata.Schema.Column(c);
            using var logical = column.LogicalType;
            layout.Add($"{column.Name} {column.PhysicalType} {logical} {column.MaxDefinitionLevel}");
        }

        for (var g = 0; g < metadata.NumRowGroups; g++)
        {
            using var group = reader.RowGroup(g);
            layout.Add($"row group {g}: {group.MetaData.NumRows} rows");
            for (var c = 0; c < metadata.Schema.NumColumns; c++)
            {
                using var chunk = group.MetaData.GetColumnChunkMetaData(c);
                layout.Add($"{metadata.Schema.Column(c).Name}: {string.Join(',', chunk.Encodings.Order())}");
            }
        }

        return layout;
    }

    private static byte[] Write(RoyaltyLine[] rows, bool staging, int groupRows = int.MaxValue)
    {
        using var stream = new MemoryStream();
        using (var writer = new LakeParquetWriter<RoyaltyLine>(staging ? Contract.StagingColumns : Contract.Columns, stream))
        {
            for (var start = 0; start < rows.Length; start += groupRows)
            {
                writer.WriteRowGroup(rows.Skip(start).Take(groupRows).ToArray());
            }

            if (staging)
            {
                var groups = new Dictionary<PartitionKey, List<int>> { [PartitionKey.Of(Month)] = [.. Enumerable.Range(0, writer.RowGroupCount)] };
                writer.SetMetadata(StagingMetadata.Describe(groups, new ParseContext("distrokid", "sha-new", "run-2", "statement.tsv")));
            }
        }

        return stream.ToArray();
    }

    private static RoyaltyLine Line(string store, string title, decimal amount, long quantity = 1, long lineNo = 1, int occurrence = 0) => new()
    {
        Source = "distrokid",
        ReportingDate = new DateOnly(2026, 5, 1),
        SaleMonth = Month,
        Store = store,
        Artist = "Nova Lane",
        Title = title,
        Isrc = "QZABC2600001",
        ProductKind = "song",
        Country = "US",
        Quantity = quantity,
        UnitKind = "stream",
        Amount = amount,
        Currency = "USD",
        LineNo = lineNo,
        Occurrence = occurrence,
        SourceSha256 = "sha-old",
        RunId = "run-1",
    };
}
