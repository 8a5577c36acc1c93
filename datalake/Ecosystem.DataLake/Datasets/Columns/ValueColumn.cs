using Ecosystem.DataLake.Formats.Text;
using Parquet;
using Parquet.Schema;
using ParquetSharp;
using ParquetSharp.Schema;

namespace Ecosystem.DataLake.Datasets.Columns;

/// <summary>A required column of a value type (dates, counts, flags).</summary>
public sealed class ValueColumn<TRow, T>(string name, Func<TRow, T> get, Action<TRow, T> set) : DatasetColumn<TRow>
    where T : struct, IComparable<T>
{
    public override string Name => name;

    public override DataField CreateField() => new DataField<T>(name, false);

    public override async ValueTask ReadAsync(ParquetRowGroupReader reader, DataField field, Memory<TRow> rows, StringPool strings, CancellationToken cancellationToken)
    {
        using var values = PooledArray<T>.Rent(rows.Length);
        await reader.ReadAsync<T>(field, values.Memory, null, cancellationToken);
        var read = values.Span;
        var target = rows.Span;
        for (var i = 0; i < rows.Length; i++)
        {
            set(target[i], read[i]);
        }
    }

    public override PrimitiveNode CreateParquetNode() => ValueCodec<T>.Instance.Node(name, Repetition.Required);

    public override void Write(ColumnWriter writer, ReadOnlySpan<TRow> rows)
    {
        using var values = PooledArray<T>.Rent(rows.Length);
        var target = values.Span;
        for (var i = 0; i < rows.Length; i++)
        {
            target[i] = get(rows[i]);
        }

        ValueCodec<T>.Instance.Write(writer, target, default);
    }

    public override void Read(ColumnReader reader, Span<TRow> rows, StringPool strings)
    {
        using var values = PooledArray<T>.Rent(rows.Length);
        using var definitions = PooledArray<short>.Rent(rows.Length);
        var present = ValueCodec<T>.Instance.Read(reader, rows.Length, values.Span, definitions.Span);
        PackedColumn.RequireAll(name, present, rows.Length);
        var read = values.Span;
        for (var i = 0; i < rows.Length; i++)
        {
            set(rows[i], read[i]);
        }
    }

    public override int CompareValues(TRow x, TRow y) => get(x).CompareTo(get(y));

    public override int HashValue(TRow row) => get(row).GetHashCode();

    public override ColumnVector CreateVector(int length) => ValueCodec<T>.Instance.CreateVector(name, optional: false, length);
}
