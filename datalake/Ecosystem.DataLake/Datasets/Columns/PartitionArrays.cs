using System.Collections.Concurrent;
using System.Numerics;

namespace Ecosystem.DataLake.Datasets.Columns;

/// <summary>
/// The partition-sized arrays of merges (columns, sort keys, row orders), kept between the partitions of one curated
/// file: every partition of a large statement needs the same few dozen arrays of a few hundred thousand values, and
/// allocating them afresh fills the large object heap with dead arrays, whose collection and fragmentation cost tens
/// of megabytes and hundreds of milliseconds. <see cref="Trim"/> lets them go once the file is curated.
/// </summary>
internal static class PartitionArrays
{
    /// <summary>Arrays kept per size: two merges at once, each holding a column per dataset column and its scratch.</summary>
    private const int ArraysPerSize = 64;

    private const int SmallestBucket = 10;
    private const int LargestBucket = 30;

    private static readonly ConcurrentBag<Action> Trims = [];

    /// <summary>Drops every kept array (arrays still rented are returned later and kept again).</summary>
    public static void Trim()
    {
        foreach (var trim in Trims)
        {
            trim();
        }
    }

    public static T[] Rent<T>(int length) => Pool<T>.Rent(length);

    public static void Return<T>(T[] array) => Pool<T>.Return(array);

    private static class Pool<T>
    {
        private static readonly ConcurrentStack<T[]>[] Buckets = CreateBuckets();

        public static T[] Rent(int length)
        {
            var bucket = BucketOf(length);
            if (bucket > LargestBucket)
            {
                return new T[length];
            }

            return Buckets[bucket].TryPop(out var array) ? array : new T[1 << bucket];
        }

        public static void Return(T[] array)
        {
            var bucket = BucketOf(array.Length);
            if (bucket <= LargestBucket && array.Length == 1 << bucket && Buckets[bucket].Count < ArraysPerSize)
            {
                Buckets[bucket].Push(array);
            }
        }

        private static ConcurrentStack<T[]>[] CreateBuckets()
        {
            var buckets = Enumerable.Range(0, LargestBucket + 1).Select(_ => new ConcurrentStack<T[]>()).ToArray();
            Trims.Add(() =>
            {
                foreach (var bucket in buckets)
                {
                    bucket.Clear();
                }
            });
            return buckets;
        }

        private static int BucketOf(int length) =>
            Math.Max(SmallestBucket, 32 - BitOperations.LeadingZeroCount((uint)Math.Max(1, length) - 1));
    }
}
