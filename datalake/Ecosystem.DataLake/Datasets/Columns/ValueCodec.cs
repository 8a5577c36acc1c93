using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Apache.Arrow.Types;
using ParquetSharp;
using ParquetSharp.Schema;

namespace Ecosystem.DataLake.Datasets.Columns;

/// <summary>
/// How a value type is stored in the lake's Parquet files through ParquetSharp, in the physical layout Parquet.Net
/// wrote them with before and reads them with: DATE as INT32 days since 1970-01-01, INT64, INT32, BOOLEAN,
/// and DECIMAL(18, 12) as an INT64 unscaled value. Values and definition levels are passed packed: the present
/// values only, and one level per row (1 present, 0 null) when the column is optional.
/// </summary>
internal abstract class ValueCodec<T>
    where T : struct
{
    public static ValueCodec<T> Instance { get; } = Create();

    public abstract PrimitiveNode Node(string name, Repetition repetition);

    public abstract void Write(ColumnWriter writer, ReadOnlySpan<T> values, ReadOnlySpan<short> definitions);

    /// <summary>
    /// Reads <paramref name="rows"/> rows into <paramref name="values"/> (packed) and, when the file's column is
    /// optional, their levels into <paramref name="definitions"/>; returns how many values were present.
    /// </summary>
    public abstract int Read(ColumnReader reader, int rows, Span<T> values, Span<short> definitions);

    /// <summary>A partition's column of these values in their physical form (<see cref="PhysicalVector{TPhysical}"/>).</summary>
    public abstract ColumnVector CreateVector(string name, bool optional, int length);

    /// <summary>The same values seen as another type; only used where <typeparamref name="T"/> is that type.</summary>
    private static Span<TTo> As<TFrom, TTo>(Span<TFrom> values) =>
        MemoryMarshal.CreateSpan(ref Unsafe.As<TFrom, TTo>(ref MemoryMarshal.GetReference(values)), values.Length);

    private static ReadOnlySpan<TTo> As<TFrom, TTo>(ReadOnlySpan<TFrom> values) =>
        MemoryMarshal.CreateReadOnlySpan(ref Unsafe.As<TFrom, TTo>(ref MemoryMarshal.GetReference(values)), values.Length);

    private static ValueCodec<T> Create()
    {
        object codec = typeof(T) switch
        {
            var t when t == typeof(long) => new DirectCodec<long>(LogicalType.None(), PhysicalType.Int64, Int64Type.Default),
            var t when t == typeof(int) => new DirectCodec<int>(LogicalType.None(), PhysicalType.Int32, Int32Type.Default),
            var t when t == typeof(bool) => new DirectCodec<bool>(LogicalType.None(), PhysicalType.Boolean, BooleanType.Default),
            var t when t == typeof(DateOnly) => new ConvertedCodec<DateOnly, int>(LogicalType.Date(), PhysicalType.Int32, Date32Type.Default, PhysicalValues.ToDays, PhysicalValues.FromDays),
            var t when t == typeof(decimal) => new ConvertedCodec<decimal, long>(
                LogicalType.Decimal(PhysicalValues.DecimalPrecision, PhysicalValues.DecimalScale), PhysicalType.Int64, new Decimal128Type(PhysicalValues.DecimalPrecision, PhysicalValues.DecimalScale), PhysicalValues.ToUnscaled, PhysicalValues.FromUnscaled),
            _ => throw new NotSupportedException($"No Parquet layout for {typeof(T).Name} values."),
        };
        return (ValueCodec<T>)codec;
    }

    /// <summary>Values whose CLR type is their physical type: handed to ParquetSharp as they are.</summary>
    private sealed class DirectCodec<TPhysical>(LogicalType logicalType, PhysicalType physicalType, IArrowType arrowType) : ValueCodec<T>
        where TPhysical : unmanaged, IComparable<TPhysical>, IEquatable<TPhysical>
    {
        public override PrimitiveNode Node(string name, Repetition repetition) => new(name, repetition, logicalType, physicalType);

        public override ColumnVector CreateVector(string name, bool optional, int length) => new PhysicalVector<TPhysical>(name, optional, length, arrowType);

        public override void Write(ColumnWriter writer, ReadOnlySpan<T> values, ReadOnlySpan<short> definitions) =>
            PhysicalColumnIo.Write((ColumnWriter<TPhysical>)writer, As<T, TPhysical>(values), definitions);

        public override int Read(ColumnReader reader, int rows, Span<T> values, Span<short> definitions) =>
            PhysicalColumnIo.Read((ColumnReader<TPhysical>)reader, rows, As<T, TPhysical>(values), definitions);

    }

    /// <summary>Values stored as another physical type (dates as day numbers, money as unscaled integers).</summary>
    private sealed class ConvertedCodec<TValue, TPhysical>(LogicalType logicalType, PhysicalType physicalType, IArrowType arrowType, Func<TValue, TPhysical> toPhysical, Func<TPhysical, TValue> fromPhysical) : ValueCodec<T>
        where TValue : struct
        where TPhysical : unmanaged, IComparable<TPhysical>, IEquatable<TPhysical>
    {
        public override PrimitiveNode Node(string name, Repetition repetition) => new(name, repetition, logicalType, physicalType);

        public override ColumnVector CreateVector(string name, bool optional, int length) => new PhysicalVector<TPhysical>(name, optional, length, arrowType);

        public override void Write(ColumnWriter writer, ReadOnlySpan<T> values, ReadOnlySpan<short> definitions)
        {
            using var physical = PooledArray<TPhysical>.Rent(values.Length);
            var target = physical.Span;
            var source = As<T, TValue>(values);
            for (var i = 0; i < source.Length; i++)
            {
                target[i] = toPhysical(source[i]);
            }

            PhysicalColumnIo.Write((ColumnWriter<TPhysical>)writer, target, definitions);
        }

        public override int Read(ColumnReader reader, int rows, Span<T> values, Span<short> definitions)
        {
            using var physical = PooledArray<TPhysical>.Rent(rows);
            var present = PhysicalColumnIo.Read((ColumnReader<TPhysical>)reader, rows, physical.Span, definitions);
            var source = physical.Span;
            var target = As<T, TValue>(values);
            for (var i = 0; i < present; i++)
            {
                target[i] = fromPhysical(source[i]);
            }

            return present;
        }
    }
}
