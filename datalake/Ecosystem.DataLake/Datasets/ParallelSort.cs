using Ecosystem.DataLake.Datasets.Columns;

namespace Ecosystem.DataLake.Datasets;

/// <summary>
/// Sorts the first items of an array in place, or, with two or more workers and enough items, sorts the two halves
/// on two cores and merges them. The order must be total (no two items compare equal), so the result is the same
/// either way.
/// </summary>
internal static class ParallelSort
{
    /// <summary>Below this many items a sort on one core is over before a second one would have started.</summary>
    private const int ParallelSortItems = 20_000;

    public static void Sort<T>(T[] items, int length, int workers)
        where T : IComparable<T> => Sort(items, length, Comparer<T>.Default, workers);

    public static void Sort<T, TComparer>(T[] items, int length, TComparer order, int workers)
        where TComparer : IComparer<T>
    {
        if (workers < 2 || length < ParallelSortItems)
        {
            items.AsSpan(0, length).Sort(order);
            return;
        }

        var half = length / 2;
        Parallel.Invoke(() => items.AsSpan(0, half).Sort(order), () => items.AsSpan(half, length - half).Sort(order));
        using var merged = PooledArray<T>.RentForPartition(length);
        var sorted = merged.Span;
        int a = 0, b = half, k = 0;
        while (a < half && b < length)
        {
            sorted[k++] = order.Compare(items[a], items[b]) <= 0 ? items[a++] : items[b++];
        }

        items.AsSpan(a, half - a).CopyTo(sorted[k..]);
        k += half - a;
        items.AsSpan(b, length - b).CopyTo(sorted[k..]);
        sorted.CopyTo(items);
    }
}
