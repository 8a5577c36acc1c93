using System.Numerics;
using Ecosystem.DataLake.Datasets.Columns;

namespace Ecosystem.DataLake.Datasets;

/// <summary>
/// Sorts rows on a key (then on their position) by packing each row's key into one 128-bit integer: every key
/// column's value becomes its rank among the column's distinct values, written in as few bits as those ranks need,
/// most significant column first, and the row's position fills the lowest bits. Sorting those integers orders the
/// rows exactly as comparing the columns one by one would, without touching a row during the sort. A key whose
/// ranks need more than 128 bits is not packed: the caller sorts with the key's comparer instead.
/// </summary>
internal static class PackedKeySort
{
    /// <summary>
    /// Fills <paramref name="order"/> with the rows' positions in key-then-position order and
    /// <paramref name="sameKeyAsPrevious"/> with whether each of them has the key of the one before; false when the
    /// key does not fit (nothing is filled then).
    /// </summary>
    public static bool TrySort<TRow>(TRow[] rows, IReadOnlyList<DatasetColumn<TRow>> key, int workers, Span<int> order, Span<bool> sameKeyAsPrevious)
    {
        using var idArray = PooledArray<int>.RentForPartition(checked(rows.Length * key.Count));
        var rankers = CollectIds(rows, key, workers, idArray.Array);
        var ranks = new int[key.Count][];
        var bits = new int[key.Count];
        for (var c = 0; c < key.Count; c++)
        {
            ranks[c] = rankers[c].Ranks(out var count);
            bits[c] = BitsFor(count);
        }

        var positionBits = BitsFor(rows.Length);
        if (bits.Sum() + positionBits > 128)
        {
            return false;
        }

        using var packedArray = PooledArray<UInt128>.RentForPartition(rows.Length);
        var packed = packedArray.Span;
        packed.Clear();
        for (var c = 0; c < key.Count; c++)
        {
            var columnIds = idArray.Span.Slice(c * rows.Length, rows.Length);
            var (columnRanks, shift) = (ranks[c], bits[c]);
            for (var i = 0; i < packed.Length; i++)
            {
                packed[i] = (packed[i] << shift) | (uint)columnRanks[columnIds[i]];
            }
        }

        for (var i = 0; i < packed.Length; i++)
        {
            packed[i] = (packed[i] << positionBits) | (uint)i;
        }

        ParallelSort.Sort(packedArray.Array, rows.Length, workers);
        var positionMask = (UInt128.One << positionBits) - 1;
        for (var i = 0; i < packed.Length; i++)
        {
            order[i] = (int)(packed[i] & positionMask);
            sameKeyAsPrevious[i] = i > 0 && packed[i] >> positionBits == packed[i - 1] >> positionBits;
        }

        return true;
    }

    /// <summary>
    /// Each key column's value ids (column c's at <c>c × rows</c> in <paramref name="ids"/>), row by row: each
    /// worker visits every row once for its share of the columns, so a row is fetched from memory once per worker,
    /// not once per column.
    /// </summary>
    private static KeyRanker<TRow>[] CollectIds<TRow>(TRow[] rows, IReadOnlyList<DatasetColumn<TRow>> key, int workers, int[] ids)
    {
        var created = key.Select(column => column.CreateRanker()).ToArray();
        workers = Math.Clamp(workers, 1, key.Count);
        Parallel.For(0, workers, new ParallelOptions { MaxDegreeOfParallelism = workers }, worker =>
        {
            var share = Enumerable.Range(0, key.Count).Where(c => c % workers == worker).ToArray();
            for (var i = 0; i < rows.Length; i++)
            {
                var row = rows[i];
                foreach (var c in share)
                {
                    ids[(c * rows.Length) + i] = created[c].Add(row);
                }
            }
        });
        return created;
    }

    /// <summary>Bits needed to write every number below <paramref name="count"/>.</summary>
    private static int BitsFor(int count) => count <= 1 ? 0 : 32 - BitOperations.LeadingZeroCount((uint)(count - 1));
}
