using Ecosystem.DataLake.Formats.Text;
using Parquet;
using Parquet.Schema;
using ParquetSharp;
using ParquetSharp.Schema;

namespace Ecosystem.DataLake.Datasets.Columns;

/// <summary>An optional column of a value type; null means the source did not say.</summary>
public sealed class NullableValueColumn<TRow, T>(string name, Func<TRow, T?> get, Action<TRow, T?> set) : DatasetColumn<TRow>
    where T : struct, IComparable<T>
{
    public override string Name => name;

    public override DataField CreateField() => new DataField<T?>(name, true);

    public override async ValueTask ReadAsync(ParquetRowGroupReader reader, DataField field, Memory<TRow> rows, StringPool strings, CancellationToken cancellationToken)
    {
        using var values = PooledArray<T?>.Rent(rows.Length);
        await reader.ReadAsync<T>(field, values.Memory, null, cancellationToken);
        var read = values.Span;
        var target = rows.Span;
        for (var i = 0; i < rows.Length; i++)
        {
            set(target[i], read[i]);
        }
    }

    public override PrimitiveNode CreateParquetNode() => ValueCodec<T>.Instance.Node(name, Repetition.Optional);

    public override void Write(ColumnWriter writer, ReadOnlySpan<TRow> rows)
    {
        using var values = PooledArray<T>.Rent(rows.Length);
        using var definitions = PooledArray<short>.Rent(rows.Length);
        var present = PackedColumn.Pack(rows, get, values.Span, definitions.Span);
        ValueCodec<T>.Instance.Write(writer, values.Span[..present], definitions.Span);
    }

    public override void Read(ColumnReader reader, Span<TRow> rows, StringPool strings)
    {
        using var values = PooledArray<T>.Rent(rows.Length);
        using var definitions = PooledArray<short>.Rent(rows.Length);
        var present = ValueCodec<T>.Instance.Read(reader, rows.Length, values.Span, definitions.Span);
        PackedColumn.Unpack(rows, values.Span, definitions.Span, present, set);
    }

    public override int CompareValues(TRow x, TRow y) => Nullable.Compare(get(x), get(y));

    public override int HashValue(TRow row) => get(row).GetHashCode();

    public override ColumnVector CreateVector(int length) => ValueCodec<T>.Instance.CreateVector(name, optional: true, length);
}
