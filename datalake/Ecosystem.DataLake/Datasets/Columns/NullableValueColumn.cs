using Parquet;
using Parquet.Schema;

namespace Ecosystem.DataLake.Datasets.Columns;

/// <summary>An optional column of a value type; null means the source did not say.</summary>
public sealed class NullableValueColumn<TRow, T>(string name, Func<TRow, T?> get, Action<TRow, T?> set) : DatasetColumn<TRow>
    where T : struct, IComparable<T>
{
    public override string Name => name;

    public override DataField CreateField() => new DataField<T?>(name, true);

    public override Task WriteAsync(ParquetRowGroupWriter writer, DataField field, IReadOnlyList<TRow> rows, CancellationToken cancellationToken)
    {
        var values = new T?[rows.Count];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = get(rows[i]);
        }

        return writer.WriteAsync<T>(field, values.AsMemory(), null, null, cancellationToken);
    }

    public override async ValueTask ReadAsync(ParquetRowGroupReader reader, DataField field, TRow[] rows, CancellationToken cancellationToken)
    {
        using var values = PooledArray<T?>.Rent(rows.Length);
        await reader.ReadAsync<T>(field, values.Memory, null, cancellationToken);
        var read = values.Span;
        for (var i = 0; i < rows.Length; i++)
        {
            set(rows[i], read[i]);
        }
    }

    public override int CompareValues(TRow x, TRow y) => Nullable.Compare(get(x), get(y));

    public override int HashValue(TRow row) => get(row).GetHashCode();
}
