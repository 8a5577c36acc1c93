using System.Buffers;
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

    /// <summary>The pool of arrays of <typeparamref name="T"/>.</summary>
    public static ArrayPool<T> Pool<T>() => KeptArrays<T>.Instance;

    /// <summary>Arrays of a power-of-two length, at most <see cref="ArraysPerSize"/> kept per length.</summary>
    private sealed class KeptArrays<T> : ArrayPool<T>
    {
        public static readonly KeptArrays<T> Instance = new();

        private readonly ConcurrentStack<T[]>[] _buckets = Enumerable.Range(0, LargestBucket + 1).Select(_ => new ConcurrentStack<T[]>()).ToArray();

        private KeptArrays()
        {
            Trims.Add(() =>
            {
                foreach (var bucket in _buckets)
                {
                    bucket.Clear();
                }
            });
        }

        public override T[] Rent(int minimumLength)
        {
            var bucket = BucketOf(minimumLength);
            if (bucket > LargestBucket)
            {
                return new T[minimumLength];
            }

            return _buckets[bucket].TryPop(out var array) ? array : new T[1 << bucket];
        }

        public override void Return(T[] array, bool clearArray = false)
        {
            var bucket = BucketOf(array.Length);
            if (bucket > LargestBucket || array.Length != 1 << bucket || _buckets[bucket].Count >= ArraysPerSize)
            {
                return;
            }

            if (clearArray)
            {
                Array.Clear(array);
            }

            _buckets[bucket].Push(array);
        }

        private static int BucketOf(int length) =>
            Math.Max(SmallestBucket, 32 - BitOperations.LeadingZeroCount((uint)Math.Max(1, length) - 1));
    }
}
