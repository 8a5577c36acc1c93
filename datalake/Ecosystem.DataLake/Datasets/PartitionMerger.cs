using Ecosystem.DataLake.Datasets.Columns;
using Ecosystem.DataLake.Formats;

namespace Ecosystem.DataLake.Datasets;

/// <summary>
/// Merges one partition's staged rows into the partition's previous curated version on the dataset's natural key
/// and writes the new version, sorted in the dataset's canonical order: the staged rows are sorted on their identity
/// (ties kept in file order), which puts repeated identical rows next to each other to be numbered 1, 2, …; the
/// previous version is already in canonical order, so the two are merged in one pass, a staged row replacing the
/// previous row with the same natural key.
/// <para>
/// The partition is held column by column (<see cref="PartitionColumns{TRow}"/>), in Parquet's physical values:
/// the previous version's rows first, the staged rows after them. Sorting and merging work on row positions and
/// key ranks, and the new version is written through the resulting order (<see cref="PartitionParquetWriter"/>), so
/// no row object is made and no value is converted; the file has the schema, row groups and encodings the row
/// writer gives for the same rows. With more than one worker, reading, ranking, sorting and writing each use that
/// many cores.
/// </para>
/// </summary>
public sealed class PartitionMerger<TRow>(DatasetContract<TRow> contract)
    where TRow : class, ILakeRow
{
    private const int CuratedRowGroupRows = 32 * 1024;

    public PartitionMergeResult Merge(PartitionMergeRequest request, Stream output, CancellationToken cancellationToken)
    {
        int incoming;
        IReadOnlyDictionary<string, string> metadata;
        using (var staging = request.OpenStaging())
        using (var reader = LakeParquetReader.Open(staging))
        {
            incoming = reader.RowCount(request.RowGroups);
            metadata = reader.Metadata;
        }

        var (source, sourceSha256, _) = StagingMetadata.FileValues(metadata);
        using var previous = request.PreviousVersion is null ? null : LakeParquetReader.Open(request.PreviousVersion);
        var previousGroups = Enumerable.Range(0, previous?.RowGroupCount ?? 0).ToList();
        var previousRows = previous?.RowCount(previousGroups) ?? 0;

        using var columns = new PartitionColumns<TRow>(contract, previousRows + incoming);
        previous?.ReadColumns(columns.All, previousGroups, 0, cancellationToken);
        LakeParquetReader.ReadColumns(request.OpenStaging, columns.Staged, request.RowGroups, previousRows, request.Workers, cancellationToken);
        columns.FillPerFile(previousRows, incoming, source, sourceSha256, request.RunId);

        var key = columns.RankKey(request.Workers);
        var occurrences = columns.Occurrences;
        using var incomingOrder = PooledArray<int>.RentForPartition(incoming);
        NumberOccurrences(key, previousRows, occurrences, incomingOrder.Span, request.Workers);

        using var mergedOrder = previousRows == 0 ? default : PooledArray<int>.RentForPartition(previousRows + incoming);
        var order = previousRows == 0
            ? incomingOrder.Memory
            : mergedOrder.Array.AsMemory(0, MergeSorted(new KeyRankComparer(key, occurrences), previousRows, incomingOrder.Span, mergedOrder.Span, request.Workers));

        using var writer = new PartitionParquetWriter(columns.All, output, request.Workers);
        for (var start = 0; start < order.Length; start += CuratedRowGroupRows)
        {
            cancellationToken.ThrowIfCancellationRequested();
            writer.WriteRowGroup(order.Slice(start, Math.Min(CuratedRowGroupRows, order.Length - start)));
        }

        return new PartitionMergeResult(incoming, order.Length);
    }

    /// <summary>
    /// Sorts the staged rows (positions <paramref name="first"/> on) into canonical order in <paramref name="order"/>
    /// and numbers repeated identical rows of this file: occurrence 1, 2, … in the order the file lists them.
    /// </summary>
    private static void NumberOccurrences(IReadOnlyList<RankedIds> key, int first, int[] occurrences, Span<int> order, int workers)
    {
        using var repeatArray = PooledArray<bool>.RentForPartition(order.Length);
        var repeats = repeatArray.Span;
        PackedKeySort.Sort(key, first, workers, order, repeats);
        for (var i = 0; i < order.Length; i++)
        {
            occurrences[order[i]] = repeats[i] ? occurrences[order[i - 1]] + 1 : 1;
        }
    }

    /// <summary>
    /// Lays this file's rows (sorted) over the previous version's (positions 0 … <paramref name="previousRows"/> − 1,
    /// in canonical order; sorted first if a file written by an older release is not): a row of this file replaces
    /// the same fact, other rows are added. Returns how many rows <paramref name="merged"/> holds.
    /// </summary>
    private static int MergeSorted(KeyRankComparer order, int previousRows, ReadOnlySpan<int> incoming, Span<int> merged, int workers)
    {
        using var previousArray = PooledArray<int>.RentForPartition(previousRows);
        var previous = previousArray.Span;
        var sorted = true;
        for (var i = 0; i < previousRows; i++)
        {
            previous[i] = i;
            sorted &= i == 0 || order.CompareNaturalKeys(i - 1, i) <= 0;
        }

        if (!sorted)
        {
            ParallelSort.Sort(previousArray.Array, previousRows, order, workers);
        }

        int p = 0, n = 0, count = 0;
        while (p < previous.Length && n < incoming.Length)
        {
            var c = order.CompareNaturalKeys(previous[p], incoming[n]);
            if (c < 0)
            {
                merged[count++] = previous[p++];
            }
            else
            {
                p += c == 0 ? 1 : 0; // the newer statement of the same fact wins
                merged[count++] = incoming[n++];
            }
        }

        previous[p..].CopyTo(merged[count..]);
        count += previous.Length - p;
        incoming[n..].CopyTo(merged[count..]);
        return count + incoming.Length - n;
    }
}
