using Ecosystem.DataLake.Datasets;
using Ecosystem.DataLake.Datasets.RoyaltyLines;
using Ecosystem.DataLake.Datasets.SongPeriods;
using Ecosystem.DataLake.Formats;
using Ecosystem.DataLake.Zones;
using Parquet;

namespace Ecosystem.DataLake.Tests.Datasets;

/// <summary>
/// The lake's Parquet files: what <see cref="LakeParquetWriter{TRow}"/> (ParquetSharp) writes comes back value for
/// value through the lake's reader and through Parquet.Net (the warehouse's reader, a second implementation); a
/// staging file an earlier release wrote with Parquet.Net reads the same; values that do not fit are refused.
/// </summary>
public sealed class LakeParquetFilesTests
{
    private static readonly RoyaltyLineContract Royalty = RoyaltyLineContract.Instance;

    [Fact]
    public async Task Every_kind_of_value_comes_back_the_same_through_both_readers()
    {
        var rows = RoyaltyLines();
        var file = Write(Royalty.Columns, rows, groupRows: 2);

        var lake = LakeParquetReader.ReadAll(Royalty, new MemoryStream(file), default);
        var parquetNet = await DatasetParquetReader.ReadAllAsync(Royalty, new MemoryStream(file), default);

        Assert.Equal(rows.Select(Describe), lake.Select(Describe));
        Assert.Equal(rows.Select(Describe), parquetNet.Select(Describe));
    }

    [Fact]
    public async Task Optional_counts_and_dates_come_back_as_null_or_as_written()
    {
        SongPeriod[] rows =
        [
            Song("Song A", listeners: 12, streams: null, saves: 0, released: new DateOnly(2024, 2, 29)),
            Song("Song B", listeners: null, streams: 9_000_000_000, saves: null, released: null),
            Song("Song C", listeners: null, streams: null, saves: null, released: null),
        ];
        var file = Write(SongPeriodContract.Instance.Columns, rows, groupRows: 3);

        var lake = LakeParquetReader.ReadAll(SongPeriodContract.Instance, new MemoryStream(file), default);
        var parquetNet = await DatasetParquetReader.ReadAllAsync(SongPeriodContract.Instance, new MemoryStream(file), default);

        static string Text(SongPeriod r) => FormattableString.Invariant($"{r.Song}|{r.Artist ?? "-"}|{r.TrackId ?? "-"}|{(object?)r.ReleaseDate ?? "-"}|{(object?)r.Listeners ?? "-"}|{(object?)r.Streams ?? "-"}|{(object?)r.Saves ?? "-"}|{r.AsOf:O}");
        Assert.Equal(rows.Select(Text), lake.Select(Text));
        Assert.Equal(rows.Select(Text), parquetNet.Select(Text));
    }

    [Fact]
    public async Task A_staging_file_an_earlier_release_wrote_with_ParquetNet_reads_the_same()
    {
        var rows = RoyaltyLines();
        using var stream = new MemoryStream();
        await WriteWithParquetNetAsync(rows, stream);

        stream.Position = 0;
        using var reader = LakeParquetReader.Open(stream);
        var read = reader.ReadRowGroups(Royalty, [0], default);

        Assert.Equal(("distrokid", "sha-old-release", "run-0"), StagingMetadata.FileValues(reader.Metadata));
        Assert.Equal(rows.Select(DescribeStaged), read.Select(DescribeStaged));

        // And as curation reads it, column by column: every row reaches the curated file with the same values.
        var file = stream.ToArray();
        using var curated = new MemoryStream();
        new PartitionMerger<RoyaltyLine>(Royalty).Merge(new PartitionMergeRequest(() => new MemoryStream(file), [0], null, "run-1"), curated, default);
        curated.Position = 0;
        var merged = LakeParquetReader.ReadAll(Royalty, curated, default);
        Assert.Equal(rows.Select(DescribeStaged).Order(), merged.Select(DescribeStaged).Order());
    }

    [Fact]
    public void Lake_files_carry_statistics_of_dates_money_and_counts_and_dictionary_encoded_text()
    {
        var file = Write(Royalty.Columns, RoyaltyLines(), groupRows: 5);

        using var reader = new ParquetSharp.ParquetFileReader(new MemoryStream(file), leaveOpen: false);
        using var group = reader.RowGroup(0);
        for (var i = 0; i < Royalty.Columns.Count; i++)
        {
            var chunk = group.MetaData.GetColumnChunkMetaData(i);
            var text = Royalty.Columns[i].IsText;
            Assert.True(chunk.IsStatsSet != text, $"{Royalty.Columns[i].Name}: statistics {chunk.IsStatsSet}");
            Assert.Equal(text, chunk.Encodings.Contains(ParquetSharp.Encoding.RleDictionary));
        }
    }

    [Fact]
    public void Money_with_more_places_than_the_column_holds_is_refused_never_rounded()
    {
        var row = RoyaltyLines()[0];
        row.Amount = 0.0000000000001m; // 13 places

        var error = Assert.Throws<InvalidDataException>(() => Write(Royalty.Columns, [row], groupRows: 1));
        Assert.Contains("DECIMAL(18, 12)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Columns_encoded_on_two_cores_give_the_same_bytes_as_on_one()
    {
        // Enough rows for several cache-sized chunks per row group, every kind of value among them.
        var rows = Enumerable.Range(0, 5_000).Select(i =>
        {
            var row = RoyaltyLines()[i % 5];
            row.LineNo = i;
            return row;
        }).ToArray();

        var oneCore = Write(Royalty.Columns, rows, groupRows: 3_000);
        var twoCores = Write(Royalty.Columns, rows, groupRows: 3_000, workers: 2);

        Assert.Equal(oneCore, twoCores);
        Assert.Equal(rows.Select(Describe), LakeParquetReader.ReadAll(Royalty, new MemoryStream(twoCores), default).Select(Describe));
    }

    [Fact]
    public void A_value_refused_on_one_of_two_cores_is_the_error_the_caller_sees()
    {
        var rows = RoyaltyLines();
        rows[3].Amount = 0.0000000000001m;

        var error = Assert.Throws<InvalidDataException>(() => Write(Royalty.Columns, rows, groupRows: 5, workers: 2));
        Assert.Contains("DECIMAL(18, 12)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_of_another_dataset_is_refused_by_name_of_the_missing_column()
    {
        var file = Write(SongPeriodContract.Instance.Columns, [Song("Song A", 1, 2, 3, null)], groupRows: 1);

        var error = Assert.Throws<InvalidDataException>(() => LakeParquetReader.ReadAll(Royalty, new MemoryStream(file), default));
        Assert.Contains("reporting_date", error.Message, StringComparison.Ordinal);
    }

    private static byte[] Write<TRow>(IReadOnlyList<Ecosystem.DataLake.Datasets.Columns.DatasetColumn<TRow>> columns, IReadOnlyList<TRow> rows, int groupRows, int workers = 1)
        where TRow : class, ILakeRow
    {
        using var stream = new MemoryStream();
        using (var writer = new LakeParquetWriter<TRow>(columns, stream, workers))
        {
            for (var start = 0; start < rows.Count; start += groupRows)
            {
                writer.WriteRowGroup(rows.Skip(start).Take(groupRows).ToArray());
            }
        }

        return stream.ToArray();
    }

    /// <summary>A staging file as the previous release wrote it: Parquet.Net, plain-encoded text, the same schema.</summary>
    private static async Task WriteWithParquetNetAsync(RoyaltyLine[] rows, Stream stream)
    {
        var fields = Royalty.StagingColumns.Select(column => column.CreateField()).ToList();
        await using var writer = await ParquetWriter.CreateAsync(new Parquet.Schema.ParquetSchema(fields), stream);
        var groups = new Dictionary<PartitionKey, List<int>> { [PartitionKey.Of(rows[0].SaleMonth)] = [0] };
        writer.CustomMetadata = StagingMetadata.Describe(groups, new ParseContext("distrokid", "sha-old-release", "run-0", "statement.tsv"));
        using var group = writer.CreateRowGroup();
        foreach (var field in fields)
        {
            var task = field.Name switch
            {
                "reporting_date" => group.WriteAsync<DateOnly>(field, rows.Select(r => r.ReportingDate).ToArray()),
                "sale_month" => group.WriteAsync<DateOnly>(field, rows.Select(r => r.SaleMonth).ToArray()),
                "store" => group.WriteAsync(field, rows.Select(r => r.Store).ToArray()),
                "artist" => group.WriteAsync(field, rows.Select(r => r.Artist).ToArray()),
                "title" => group.WriteAsync(field, rows.Select(r => r.Title).ToArray()),
                "isrc" => group.WriteAsync(field, rows.Select(r => r.Isrc!).ToArray()),
                "upc" => group.WriteAsync(field, rows.Select(r => r.Upc!).ToArray()),
                "product_kind" => group.WriteAsync(field, rows.Select(r => r.ProductKind).ToArray()),
                "country" => group.WriteAsync(field, rows.Select(r => r.Country!).ToArray()),
                "quantity" => group.WriteAsync<long>(field, rows.Select(r => r.Quantity).ToArray()),
                "unit_kind" => group.WriteAsync(field, rows.Select(r => r.UnitKind).ToArray()),
                "amount" => group.WriteAsync<decimal>(field, rows.Select(r => r.Amount).ToArray()),
                "currency" => group.WriteAsync(field, rows.Select(r => r.Currency).ToArray()),
                "team_pct" => group.WriteAsync<decimal>(field, rows.Select(r => r.TeamPct).ToArray()),
                "songwriter_withheld" => group.WriteAsync<decimal>(field, rows.Select(r => r.SongwriterWithheld).ToArray()),
                "recoup" => group.WriteAsync<decimal>(field, rows.Select(r => r.Recoup).ToArray()),
                "date_inserted" => group.WriteAsync<DateOnly>(field, rows.Select(r => r.DateInserted).ToArray()),
                "is_adjustment" => group.WriteAsync<bool>(field, rows.Select(r => r.IsAdjustment).ToArray()),
                "line_no" => group.WriteAsync<long>(field, rows.Select(r => r.LineNo).ToArray()),
                "occurrence" => group.WriteAsync<int>(field, rows.Select(r => r.Occurrence).ToArray()),
                _ => throw new InvalidOperationException($"No values for {field.Name}."),
            };
            await task;
        }
    }

    /// <summary>Every value, money compared as numbers (a decimal's scale is not part of its value).</summary>
    private static (string, string, string, string, decimal, decimal?, decimal?, decimal?, string) Describe(RoyaltyLine r) =>
        (r.Source, r.SourceSha256, r.RunId, DescribeStaged(r).Text, r.Amount, r.TeamPct, r.SongwriterWithheld, r.Recoup, r.Currency);

    private static (string Text, decimal Amount, decimal? TeamPct, decimal? Withheld, decimal? Recoup) DescribeStaged(RoyaltyLine r) =>
        (FormattableString.Invariant($"{r.ReportingDate:O}|{r.SaleMonth:O}|{r.Store}|{r.Artist}|{r.Title}|{r.Isrc ?? "-"}|{r.Upc ?? "-"}|{r.ProductKind}|{r.Country ?? "-"}|")
            + FormattableString.Invariant($"{r.Quantity}|{r.UnitKind}|{r.Currency}|{(object?)r.DateInserted ?? "-"}|{r.IsAdjustment}|{r.LineNo}|{r.Occurrence}"),
            r.Amount, r.TeamPct, r.SongwriterWithheld, r.Recoup);

    /// <summary>Lines with every quirk a value can have: nulls, signs, 12 places, the extremes, non-ASCII and very long text.</summary>
    private static RoyaltyLine[] RoyaltyLines() =>
    [
        Line("Spotify", "Song A", 0.000000000001m, teamPct: 100m, isrc: "QZABC2600001", country: "US", inserted: new DateOnly(2026, 5, 3)),
        Line("Apple Music", "Café – 東京 🎵", -0.003725000000m, teamPct: null, isrc: null, country: null, inserted: null, adjustment: true),
        Line("YouTube (Red)", new string('x', 300), 999_999.999999999999m, teamPct: 12.5m, isrc: "QZABC2600002", country: "OU", inserted: null),
        Line("Deezer", "Song D", -999_999.999999999999m, teamPct: 0m, isrc: "QZABC2600003", country: "GB", inserted: new DateOnly(2026, 5, 4), artist: new string('é', 40_000)),
        Line("Tidal", "", 0m, teamPct: null, isrc: null, country: "DE", inserted: null, lineNo: 5_000_000_000),
    ];

    private static RoyaltyLine Line(string store, string title, decimal amount, decimal? teamPct, string? isrc, string? country, DateOnly? inserted, bool adjustment = false, string artist = "Nova Lane", long lineNo = 2) => new()
    {
        Source = "distrokid",
        ReportingDate = new DateOnly(2026, 5, 1),
        SaleMonth = new DateOnly(2026, 3, 1),
        Store = store,
        Artist = artist,
        Title = title,
        Isrc = isrc,
        Upc = isrc is null ? "0123456789012" : null,
        ProductKind = "song",
        Country = country,
        Quantity = adjustment ? -3 : 41,
        UnitKind = "stream",
        Amount = amount,
        Currency = "USD",
        TeamPct = teamPct,
        SongwriterWithheld = teamPct is null ? null : -0.5m,
        Recoup = teamPct is null ? 1.25m : null,
        DateInserted = inserted,
        IsAdjustment = adjustment,
        LineNo = lineNo,
        Occurrence = 1,
        SourceSha256 = new string('a', 64),
        RunId = "20261124T010101Z-abcdef",
    };

    private static SongPeriod Song(string song, long? listeners, long? streams, long? saves, DateOnly? released) => new()
    {
        Source = "spotify_for_artists",
        Platform = "spotify",
        Artist = listeners is null ? null : "Nova Lane",
        Period = "28days",
        AsOf = new DateOnly(2026, 11, 1),
        Song = song,
        TrackId = streams is null ? null : "4uLU6hMCjMI75M1A2tKUQC",
        ReleaseDate = released,
        Listeners = listeners,
        Streams = streams,
        Saves = saves,
        LineNo = 2,
        Occurrence = 1,
        SourceSha256 = new string('b', 64),
        RunId = "run-1",
    };
}
