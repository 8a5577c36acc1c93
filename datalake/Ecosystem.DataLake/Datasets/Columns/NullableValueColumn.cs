using Parquet;
using Parquet.Schema;

namespace Ecosystem.DataLake.Datasets.Columns;

/// <summary>An optional column of a value type; null means the source did not say.</summary>
public sealed class NullableValueColumn<TRow, T>(string name, Func<TRow, T?> get, Action<TRow, T?> set) : DatasetColumn<TRow>
    where T : struct
{
    public override DataField Field { get; } = new DataField<T?>(name, true);

    public override Task WriteAsync(ParquetRowGroupWriter writer, IReadOnlyList<TRow> rows, CancellationToken cancellationToken)
    {
        var values = new T?[rows.Count];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = get(rows[i]);
        }

        return writer.WriteAsync<T>(Field, values.AsMemory(), null, null, cancellationToken);
    }

    public override async ValueTask ReadAsync(ParquetRowGroupReader reader, TRow[] rows, CancellationToken cancellationToken)
    {
        var values = new T?[rows.Length];
        await reader.ReadAsync<T>(Field, values.AsMemory(), null, cancellationToken);
        for (var i = 0; i < rows.Length; i++)
        {
            set(rows[i], values[i]);
        }
    }
}
