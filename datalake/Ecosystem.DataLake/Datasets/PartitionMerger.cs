using Ecosystem.DataLake.Formats;

namespace Ecosystem.DataLake.Datasets;

/// <summary>
/// Merges one partition's staged rows into the partition's previous curated version on the dataset's natural key
/// and writes the new version, sorted in the dataset's canonical order. Everything is done by sorting, no hashing:
/// the staged rows are sorted on their identity (ties kept in file order), which puts repeated identical rows next
/// to each other to be numbered 1, 2, …; the previous version is already in canonical order, so the two are merged
/// in one pass, a staged row replacing the previous row with the same natural key.
/// </summary>
public sealed class PartitionMerger<TRow>(DatasetContract<TRow> contract)
    where TRow : class, ILakeRow
{
    private const int CuratedRowGroupRows = 32 * 1024;

    /// <summary>Below this many rows a sort on one core is over before a second one would have started.</summary>
    private const int ParallelSortRows = 20_000;

    public PartitionMergeResult Merge(PartitionMergeRequest request, Stream output, CancellationToken cancellationToken)
    {
        var (incoming, metadata) = LakeParquetReader.ReadRowGroups(contract, request.OpenStaging, request.RowGroups, request.Workers, cancellationToken);
        var (source, sourceSha256, _) = StagingMetadata.FileValues(metadata);
        var previous = request.PreviousVersion is null ? [] : LakeParquetReader.ReadAll(contract, request.PreviousVersion, cancellationToken);
        NumberOccurrences(incoming, source, sourceSha256, request.RunId, request.Workers);
        var merged = previous.Length == 0 ? incoming : MergeSorted(previous, incoming);

        using var writer = new LakeParquetWriter<TRow>(contract.Columns, output);
        for (var start = 0; start < merged.Length; start += CuratedRowGroupRows)
        {
            writer.WriteRowGroup(merged.AsSpan(start, Math.Min(CuratedRowGroupRows, merged.Length - start)));
        }

        return new PartitionMergeResult(incoming.Length, merged.Length);
    }

    /// <summary>
    /// Stamps the per-file values, sorts the rows into canonical order and numbers repeated identical rows of this
    /// file (occurrence 1, 2, … in the order the file lists them).
    /// </summary>
    private void NumberOccurrences(TRow[] rows, string source, string sourceSha256, string runId, int workers)
    {
        var keyed = new (TRow Row, int Position)[rows.Length];
        for (var i = 0; i < rows.Length; i++)
        {
            var row = rows[i];
            row.Source = source;
            row.SourceSha256 = sourceSha256;
            row.RunId = runId;
            row.Occurrence = 0; // every row equal here, so the order below is the identity's, then file order
            keyed[i] = (row, i);
        }

        keyed = Sort(keyed, new IdentityThenPosition(contract.Order), workers);
        for (var i = 0; i < keyed.Length; i++)
        {
            var row = keyed[i].Row;
            row.Occurrence = i > 0 && contract.Identity.Equals(keyed[i - 1].Row, row) ? keyed[i - 1].Row.Occurrence + 1 : 1;
            rows[i] = row;
        }
    }

    /// <summary>
    /// Sorts in place, or, with two or more workers and enough rows, sorts the two halves on two cores and merges
    /// them (the order is total — ties end at the position — so the result is the same either way).
    /// </summary>
    private static (TRow Row, int Position)[] Sort((TRow Row, int Position)[] keyed, IdentityThenPosition order, int workers)
    {
        if (workers < 2 || keyed.Length < ParallelSortRows)
        {
            keyed.AsSpan().Sort(order);
            return keyed;
        }

        var half = keyed.Length / 2;
        Parallel.Invoke(() => keyed.AsSpan(0, half).Sort(order), () => keyed.AsSpan(half).Sort(order));
        var sorted = new (TRow Row, int Position)[keyed.Length];
        int a = 0, b = half, k = 0;
        while (a < half && b < keyed.Length)
        {
            sorted[k++] = order.Compare(keyed[a], keyed[b]) <= 0 ? keyed[a++] : keyed[b++];
        }

        keyed.AsSpan(a, half - a).CopyTo(sorted.AsSpan(k));
        k += half - a;
        keyed.AsSpan(b).CopyTo(sorted.AsSpan(k));
        return sorted;
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
