using Ecosystem.DataLake.Datasets.Columns;
using Ecosystem.DataLake.Formats;

namespace Ecosystem.DataLake.Datasets;

/// <summary>
/// Merges one partition's staged rows into the partition's previous curated version on the dataset's natural key
/// and writes the new version, sorted in the dataset's canonical order: the staged rows are sorted on their identity
/// (ties kept in file order), which puts repeated identical rows next to each other to be numbered 1, 2, …; the
/// previous version is already in canonical order, so the two are merged in one pass, a staged row replacing the
/// previous row with the same natural key. With more than one worker, reading, sorting and writing each use that
/// many cores.
/// </summary>
public sealed class PartitionMerger<TRow>(DatasetContract<TRow> contract)
    where TRow : class, ILakeRow
{
    private const int CuratedRowGroupRows = 32 * 1024;

    public PartitionMergeResult Merge(PartitionMergeRequest request, Stream output, CancellationToken cancellationToken)
    {
        var (incoming, metadata) = LakeParquetReader.ReadRowGroups(contract, request.OpenStaging, request.RowGroups, request.Workers, cancellationToken);
        var (source, sourceSha256, _) = StagingMetadata.FileValues(metadata);
        var previous = request.PreviousVersion is null ? [] : LakeParquetReader.ReadAll(contract, request.PreviousVersion, cancellationToken);
        NumberOccurrences(incoming, source, sourceSha256, request.RunId, request.Workers);
        var merged = previous.Length == 0 ? incoming : MergeSorted(previous, incoming);

        using var writer = new LakeParquetWriter<TRow>(contract.Columns, output, request.Workers);
        for (var start = 0; start < merged.Length; start += CuratedRowGroupRows)
        {
            writer.WriteRowGroup(merged.AsMemory(start, Math.Min(CuratedRowGroupRows, merged.Length - start)));
        }

        return new PartitionMergeResult(incoming.Length, merged.Length);
    }

    /// <summary>
    /// Stamps the per-file values, sorts the rows into canonical order and numbers repeated identical rows of this
    /// file (occurrence 1, 2, … in the order the file lists them). The sort is on packed key ranks when the key fits
    /// (<see cref="PackedKeySort"/>), else on the key's comparer; both give the same order.
    /// </summary>
    private void NumberOccurrences(TRow[] rows, string source, string sourceSha256, string runId, int workers)
    {
        foreach (var row in rows)
        {
            row.Source = source;
            row.SourceSha256 = sourceSha256;
            row.RunId = runId;
            row.Occurrence = 0; // every row equal here, so the order below is the identity's, then file order
        }

        using var orderArray = PooledArray<int>.RentForPartition(rows.Length);
        using var repeatArray = PooledArray<bool>.RentForPartition(rows.Length);
        var order = orderArray.Span;
        var repeats = repeatArray.Span;
        if (!PackedKeySort.TrySort(rows, contract.Key.Columns, workers, order, repeats))
        {
            SortOnComparer(rows, workers, order, repeats);
        }

        using var sortedArray = PooledArray<TRow>.RentForPartition(rows.Length);
        var sorted = sortedArray.Span;
        for (var i = 0; i < sorted.Length; i++)
        {
            var row = rows[order[i]];
            row.Occurrence = repeats[i] ? sorted[i - 1].Occurrence + 1 : 1;
            sorted[i] = row;
        }

        sorted.CopyTo(rows);
    }

    private void SortOnComparer(TRow[] rows, int workers, Span<int> order, Span<bool> repeats)
    {
        using var keyedArray = PooledArray<(TRow Row, int Position)>.RentForPartition(rows.Length);
        var keyed = keyedArray.Array;
        for (var i = 0; i < rows.Length; i++)
        {
            keyed[i] = (rows[i], i);
        }

        ParallelSort.Sort(keyed, rows.Length, new IdentityThenPosition(contract.Order), workers);
        for (var i = 0; i < rows.Length; i++)
        {
            order[i] = keyed[i].Position;
            repeats[i] = i > 0 && contract.Identity.Equals(keyed[i - 1].Row, keyed[i].Row);
        }
    }

    /// <summary>
    /// Lays this file's rows (sorted) over the previous version (sorted; re-sorted first if a file written by an
    /// older release is not): a row of this file replaces the same fact, other rows are added.
    /// </summary>
    private TRow[] MergeSorted(TRow[] previous, TRow[] incoming)
    {
        var order = contract.Order;
        if (!IsSorted(previous, order))
        {
            Array.Sort(previous, order);
        }

        var merged = new TRow[previous.Length + incoming.Length];
        int p = 0, n = 0, count = 0;
        while (p < previous.Length && n < incoming.Length)
        {
            var c = order.Compare(previous[p], incoming[n]);
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

        previous.AsSpan(p).CopyTo(merged.AsSpan(count));
        count += previous.Length - p;
        incoming.AsSpan(n).CopyTo(merged.AsSpan(count));
        count += incoming.Length - n;
        return count == merged.Length ? merged : merged[..count];
    }

    private static bool IsSorted(TRow[] rows, IComparer<TRow> order)
    {
        for (var i = 1; i < rows.Length; i++)
        {
            if (order.Compare(rows[i - 1], rows[i]) > 0)
            {
                return false;
            }
        }

        return true;
    }

    private readonly struct IdentityThenPosition(IComparer<TRow> order) : IComparer<(TRow Row, int Position)>
    {
        public int Compare((TRow Row, int Position) x, (TRow Row, int Position) y)
        {
            var c = order.Compare(x.Row, y.Row);
            return c != 0 ? c : x.Position.CompareTo(y.Position);
        }
    }
}
