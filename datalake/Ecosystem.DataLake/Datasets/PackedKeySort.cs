using System.Numerics;
using System.Runtime.CompilerServices;
using Ecosystem.DataLake.Datasets.Columns;

namespace Ecosystem.DataLake.Datasets;

/// <summary>
/// Sorts rows on a key (then on their position) by packing each row's key into one 128-bit integer: every key
/// column's value is its rank among the column's distinct values (<see cref="ColumnVector.Rank"/>), written in as
/// few bits as those ranks need, most significant column first, and the row's position fills the lowest bits.
/// Sorting those integers orders the rows exactly as comparing the columns one by one would. A key whose ranks need
/// more than 128 bits is sorted by comparing the ranks column by column (<see cref="KeyRankComparer"/>) instead.
/// </summary>
internal static class PackedKeySort
{
    /// <summary>
    /// Fills <paramref name="order"/> with the positions <paramref name="first"/> … <c>first + order.Length - 1</c>
    /// in key-then-position order and <paramref name="sameKeyAsPrevious"/> with whether each has the key of the one
    /// before it. Returns whether the key was packed (false: sorted on the comparer, same order).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static bool Sort(IReadOnlyList<RankedIds> key, int first, int workers, Span<int> order, Span<bool> sameKeyAsPrevious)
    {
        var count = order.Length;
        var bits = key.Select(column => BitsFor(column.Count)).ToArray();
        var positionBits = BitsFor(count);
        if (bits.Sum() + positionBits > 128)
        {
            SortOnComparer(key, first, workers, order, sameKeyAsPrevious);
            return false;
        }

        using var packedArray = PooledArray<UInt128>.RentForPartition(count);
        var packed = packedArray.Span;
        packed.Clear();
        for (var c = 0; c < key.Count; c++)
        {
            var ids = key[c].Ids.AsSpan(first, count);
            var (ranks, shift) = (key[c].RankOfId, bits[c]);
            for (var i = 0; i < packed.Length; i++)
            {
                packed[i] = (packed[i] << shift) | (uint)ranks[ids[i]];
            }
        }

        for (var i = 0; i < packed.Length; i++)
        {
            packed[i] = (packed[i] << positionBits) | (uint)i;
        }

        ParallelSort.Sort(packedArray.Array, count, workers);
        var positionMask = (UInt128.One << positionBits) - 1;
        for (var i = 0; i < packed.Length; i++)
        {
            order[i] = first + (int)(packed[i] & positionMask);
            sameKeyAsPrevious[i] = i > 0 && packed[i] >> positionBits == packed[i - 1] >> positionBits;
        }

        return true;
    }

    private static void SortOnComparer(IReadOnlyList<RankedIds> key, int first, int workers, Span<int> order, Span<bool> sameKeyAsPrevious)
    {
        using var positions = PooledArray<int>.RentForPartition(order.Length);
        for (var i = 0; i < order.Length; i++)
        {
            positions.Array[i] = first + i;
        }

        var comparer = new KeyRankComparer(key, occurrences: null);
        ParallelSort.Sort(positions.Array, order.Length, comparer, workers);
        positions.Span.CopyTo(order);
        for (var i = 0; i < order.Length; i++)
        {
            sameKeyAsPrevious[i] = i > 0 && comparer.CompareKeys(order[i - 1], order[i]) == 0;
        }
    }

    /// <summary>Bits needed to write every number below <paramref name="count"/>.</summary>
    private static int BitsFor(int count) => count <= 1 ? 0 : 32 - BitOperations.LeadingZeroCount((uint)(count - 1));
}

/// <summary>
/// Orders row positions on their key ranks, column by column, then (when given) on their occurrence, then on the
/// position itself, so no two rows compare equal.
/// </summary>
internal readonly struct KeyRankComparer(IReadOnlyList<RankedIds> key, int[]? occurrences) : IComparer<int>
{
    public int Compare(int x, int y)
    {
        var c = CompareNaturalKeys(x, y);
        return c != 0 ? c : x.CompareTo(y);
    }

    /// <summary>The key's columns only (the identity without the occurrence counter).</summary>
    public int CompareKeys(int x, int y)
    {
        foreach (var column in key)
        {
            var c = column.RankAt(x).CompareTo(column.RankAt(y));
            if (c != 0)
            {
                return c;
            }
        }

        return 0;
    }

    /// <summary>The key's columns, then the occurrence counter: the dataset's canonical order.</summary>
    public int CompareNaturalKeys(int x, int y)
    {
        var c = CompareKeys(x, y);
        return c != 0 || occurrences is null ? c : occurrences[x].CompareTo(occurrences[y]);
    }
}
