using System.Buffers;
using System.Runtime.CompilerServices;

namespace Ecosystem.DataLake.Datasets.Columns;

/// <summary>
/// A column's scratch array of exactly <see cref="Length"/> values, rented from a small pool and returned on
/// dispose. A row group's column arrays are hundreds of kilobytes: allocated fresh, each lands on the large object
/// heap and every few of them force a full (gen 2) collection that stops every thread. The pool keeps at most
/// <see cref="ArraysKept"/> arrays per size, so what it holds stays a few megabytes (the lake's memory target).
/// Partition-sized arrays come from <see cref="PartitionArrays"/> instead, which keeps them for the next partition.
/// </summary>
internal readonly struct PooledArray<T> : IDisposable
{
    private const int ArraysKept = 4;

    private static readonly ArrayPool<T> Pool = ArrayPool<T>.Create(maxArrayLength: 1 << 20, maxArraysPerBucket: ArraysKept);

    private readonly T[] _array;
    private readonly ArrayPool<T> _pool;

    private PooledArray(ArrayPool<T> pool, int length)
    {
        _pool = pool;
        _array = pool.Rent(length);
        Length = length;
    }

    public int Length { get; }

    public Memory<T> Memory => _array.AsMemory(0, Length);

    public Span<T> Span => _array.AsSpan(0, Length);

    /// <summary>The rented array itself (at least <see cref="Length"/> long), for work split across threads.</summary>
    public T[] Array => _array;

    public static PooledArray<T> Rent(int length) => new(Pool, length);

    /// <summary>Scratch as long as a partition, kept for the next partition (<see cref="PartitionArrays"/>).</summary>
    public static PooledArray<T> RentForPartition(int length) => new(PartitionArrays.Pool<T>(), length);

    /// <summary>Returns the array (nothing to do for the default value, which holds none).</summary>
    public void Dispose() => _pool?.Return(_array, clearArray: RuntimeHelpers.IsReferenceOrContainsReferences<T>());
}
