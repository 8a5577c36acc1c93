using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Apache.Arrow;
using Apache.Arrow.Types;
using ParquetSharp;

namespace Ecosystem.DataLake.Datasets.Columns;

/// <summary>
/// A column of fixed-size physical values (INT32 days, INT64 counts and unscaled money, BOOLEAN) for a whole
/// partition: one value per row, and for an optional column whether the row has one. The physical values order as
/// the CLR values do (days as dates, unscaled as decimals, false before true), so ranks need no conversion.
/// </summary>
internal sealed class PhysicalVector<TPhysical>(string name, bool optional, int length, IArrowType arrowType) : ColumnVector
    where TPhysical : unmanaged, IComparable<TPhysical>, IEquatable<TPhysical>
{
    private readonly PooledArray<TPhysical> _values = PooledArray<TPhysical>.RentForPartition(length);
    private readonly PooledArray<bool> _present = PooledArray<bool>.RentForPartition(optional ? length : 0);
    private PooledArray<int>? _ids;

    public override string Name => name;

    public override int Length => length;

    /// <summary>The values, one per row (a row without one holds the default); the array may be longer.</summary>
    public TPhysical[] ValuesArray => _values.Array;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public override void Read(ColumnReader reader, int offset, int rows)
    {
        using var levels = PooledArray<short>.Rent(rows);
        var values = _values.Span.Slice(offset, rows);
        var present = PhysicalColumnIo.Read((ColumnReader<TPhysical>)reader, rows, values, levels.Span);
        if (present == rows)
        {
            if (optional)
            {
                _present.Span.Slice(offset, rows).Fill(true);
            }

            return;
        }

        if (!optional)
        {
            PackedColumn.RequireAll(name, present, rows);
        }

        // Read packed (present values first): spread them out to their rows, from the last one back.
        var flags = _present.Span.Slice(offset, rows);
        var next = present - 1;
        for (var i = rows - 1; i >= 0; i--)
        {
            flags[i] = levels.Span[i] > 0;
            values[i] = flags[i] ? values[next--] : default;
        }
    }

    public override Field ArrowField => new(name, arrowType, optional);

    public override IArrowArray ToArrow(ReadOnlySpan<int> order, ArrowBuffers buffers)
    {
        var values = _values.Span;
        var validity = ArrowBuffer.Empty;
        var nulls = 0;
        if (optional)
        {
            validity = buffers.Bitmap(order.Length, out var bits);
            var flags = _present.Span;
            for (var i = 0; i < order.Length; i++)
            {
                if (flags[order[i]])
                {
                    ArrowBuffers.Set(bits, i);
                }
                else
                {
                    nulls++;
                }
            }
        }

        var data = arrowType.TypeId switch
        {
            ArrowTypeId.Boolean => Bits(MemoryMarshal.Cast<TPhysical, bool>(values), order, buffers),
            ArrowTypeId.Decimal128 => Decimal128(MemoryMarshal.Cast<TPhysical, long>(values), order, buffers),
            _ => Gather(values, order, buffers),
        };
        return ArrowArrayFactory.BuildArray(new ArrayData(arrowType, order.Length, nulls, 0, [validity, data]));
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static ArrowBuffer Gather(ReadOnlySpan<TPhysical> values, ReadOnlySpan<int> order, ArrowBuffers buffers)
    {
        var buffer = buffers.Allocate<TPhysical>(order.Length, out var target);
        for (var i = 0; i < order.Length; i++)
        {
            target[i] = values[order[i]];
        }

        return buffer;
    }

    /// <summary>Arrow's booleans: one bit per row.</summary>
    private static ArrowBuffer Bits(ReadOnlySpan<bool> values, ReadOnlySpan<int> order, ArrowBuffers buffers)
    {
        var buffer = buffers.Bitmap(order.Length, out var bits);
        for (var i = 0; i < order.Length; i++)
        {
            if (values[order[i]])
            {
                ArrowBuffers.Set(bits, i);
            }
        }

        return buffer;
    }

    /// <summary>Arrow's 128-bit decimals from the unscaled 64-bit values (the writer stores them as INT64 again).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static ArrowBuffer Decimal128(ReadOnlySpan<long> values, ReadOnlySpan<int> order, ArrowBuffers buffers)
    {
        var buffer = buffers.Allocate<long>(order.Length * 2, out var target);
        for (var i = 0; i < order.Length; i++)
        {
            var value = values[order[i]];
            target[2 * i] = value;
            target[(2 * i) + 1] = value >> 63;
        }

        return buffer;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public override RankedIds Rank()
    {
        _ids ??= PooledArray<int>.RentForPartition(length);
        var ids = _ids.Value.Array;
        var values = _values.Span;
        var flags = _present.Span;
        var byValue = new Dictionary<TPhysical, int>();
        var distinct = new List<TPhysical>();
        var sawNull = false;
        for (var i = 0; i < length; i++)
        {
            if (optional && !flags[i])
            {
                sawNull = true;
                ids[i] = 0;
                continue;
            }

            // A partition lists many rows with the value of the row before (one reporting date, one month).
            var value = values[i];
            if (i > 0 && ids[i - 1] > 0 && distinct[ids[i - 1] - 1].Equals(value))
            {
                ids[i] = ids[i - 1];
                continue;
            }

            if (!byValue.TryGetValue(value, out var id))
            {
                distinct.Add(value);
                id = distinct.Count;
                byValue.Add(value, id);
            }

            ids[i] = id;
        }

        return DistinctRanks.Of(ids, distinct, sawNull, static (x, y) => x.CompareTo(y));
    }

    public override void Dispose()
    {
        _values.Dispose();
        _present.Dispose();
        _ids?.Dispose();
    }
}
