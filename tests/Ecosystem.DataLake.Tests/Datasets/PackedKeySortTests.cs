using Ecosystem.DataLake.Datasets;
using Ecosystem.DataLake.Datasets.RoyaltyLines;
using Ecosystem.DataLake.Formats;
using Ecosystem.DataLake.Zones;

namespace Ecosystem.DataLake.Tests.Datasets;

/// <summary>
/// Sorting on packed key ranks of a partition's columns gives exactly the order of the key's comparer on rows (ties
/// in file order) and finds the same repeated rows — with nulls, empty text, non-ASCII text, rows placed after
/// others — and a key too wide to pack falls back to comparing ranks with the same result.
/// </summary>
public sealed class PackedKeySortTests
{
    private static readonly RoyaltyLineContract Contract = RoyaltyLineContract.Instance;
    // The last two order one way by UTF-16 code units (ordinal, the contract's order) and the other way by UTF-8 bytes.
    private static readonly string[] Stores = ["Spotify", "Apple Music", "Deezer", "spotify", "Spotify ", "\uFB01 Store", "\U0001F600 Store"];
    private static readonly string?[] Isrcs = [null, "QZABC2600001", "QZABC2600002", ""];

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void Packed_ranks_order_rows_as_the_key_comparer_does(int workers)
    {
        var random = new Random(7);
        var rows = Enumerable.Range(0, 30_000).Select(i => new RoyaltyLine
        {
            Source = "distrokid",
            ReportingDate = new DateOnly(2026, 5, 1 + random.Next(3)),
            SaleMonth = new DateOnly(2026, 3, 1),
            Store = new string(Stores[random.Next(Stores.Length)].AsSpan()), // equal text, distinct instances
            Artist = random.Next(4) == 0 ? "Nova Lane" : "Sólveig Árnadóttir",
            Title = $"Song {random.Next(40)}",
            Isrc = Isrcs[random.Next(Isrcs.Length)],
            Upc = random.Next(3) == 0 ? null : "0196000000001",
            ProductKind = random.Next(5) == 0 ? "album" : "song",
            Country = random.Next(6) == 0 ? null : "US",
            LineNo = i,
        }).ToArray();

        // The rows twice over, as a merge holds a previous version and then the staged rows: the second copy is sorted.
        using var columns = Columns(rows, copies: 2);
        var order = new int[rows.Length];
        var repeats = new bool[rows.Length];
        Assert.True(PackedKeySort.Sort(columns.RankKey(workers), rows.Length, workers, order, repeats));

        var expected = ComparerOrder(rows);
        Assert.Equal(expected.Select(position => rows.Length + position), order);
        Assert.Equal(
            expected.Select((position, i) => i > 0 && Contract.Identity.Equals(rows[expected[i - 1]], rows[position])),
            repeats);
        Assert.Contains(true, repeats);
    }

    [Fact]
    public void A_key_too_wide_to_pack_is_refused_and_merges_on_the_comparer_to_the_same_order()
    {
        // Every key column distinct on every row: ten columns of 16 bits and the positions do not fit 128 bits.
        var rows = Enumerable.Range(0, 40_000).Select(i => Line($"Store {i}", $"Title {39_999 - i}", i)).Reverse().ToArray();
        using (var columns = Columns(rows, copies: 1))
        {
            var order = new int[rows.Length];
            var repeats = new bool[rows.Length];
            Assert.False(PackedKeySort.Sort(columns.RankKey(2), 0, 2, order, repeats));
            Assert.Equal(ComparerOrder(rows), order);
            Assert.DoesNotContain(true, repeats);
        }

        using var staging = new MemoryStream();
        using (var writer = new LakeParquetWriter<RoyaltyLine>(Contract.StagingColumns, staging))
        {
            writer.WriteRowGroup(rows);
            var groups = new Dictionary<PartitionKey, List<int>> { [PartitionKey.Of(rows[0].SaleMonth)] = [0] };
            writer.SetMetadata(StagingMetadata.Describe(groups, new ParseContext("distrokid", "sha", "run-1", "statement.tsv")));
        }

        using var output = new MemoryStream();
        var file = staging.ToArray();
        new PartitionMerger<RoyaltyLine>(Contract).Merge(new PartitionMergeRequest(() => new MemoryStream(file), [0], null, "run-1", Workers: 2), output, default);
        output.Position = 0;
        var merged = LakeParquetReader.ReadAll(Contract, output, default);

        Assert.Equal(rows.Select(r => r.LineNo).Order(), merged.Select(r => r.LineNo).Order());
        Assert.Equal(merged.Order(Contract.Order), merged);
        Assert.All(merged, r => Assert.Equal(1, r.Occurrence));
    }

    /// <summary>The rows' columns as a merge holds them: read from a lake file, <paramref name="copies"/> times one after another.</summary>
    private static PartitionColumns<RoyaltyLine> Columns(RoyaltyLine[] rows, int copies)
    {
        using var file = new MemoryStream();
        using (var writer = new LakeParquetWriter<RoyaltyLine>(Contract.Columns, file))
        {
            writer.WriteRowGroup(rows);
        }

        var columns = new PartitionColumns<RoyaltyLine>(Contract, rows.Length * copies);
        using var reader = LakeParquetReader.Open(file);
        for (var copy = 0; copy < copies; copy++)
        {
            reader.ReadColumns(columns.All, [0], copy * rows.Length, default);
        }

        return columns;
    }

    /// <summary>The rows' positions in the order of the key's comparer, ties in file order.</summary>
    private static int[] ComparerOrder(RoyaltyLine[] rows) =>
        Enumerable.Range(0, rows.Length).Order(Comparer<int>.Create((x, y) =>
        {
            var c = Contract.Order.Compare(rows[x], rows[y]);
            return c != 0 ? c : x.CompareTo(y);
        })).ToArray();

    private static RoyaltyLine Line(string store, string title, int i) => new()
    {
        Source = "distrokid",
        ReportingDate = DateOnly.FromDayNumber(738_000 + i),
        SaleMonth = new DateOnly(2026, 3, 1),
        Store = store,
        Artist = $"Artist {i}",
        Title = title,
        Isrc = $"QZ{i:D10}",
        Upc = $"{i:D13}",
        ProductKind = $"kind {i}",
        Country = $"C{i}",
        Amount = i,
        LineNo = i,
    };
}
