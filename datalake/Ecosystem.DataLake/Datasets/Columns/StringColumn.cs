using Parquet;
using Parquet.Schema;

namespace Ecosystem.DataLake.Datasets.Columns;

public sealed class StringColumn<TRow>(string name, bool nullable, Func<TRow, string?> get, Action<TRow, string?> set) : DatasetColumn<TRow>
{
    public override DataField Field { get; } = new DataField<string>(name, nullable);

    public override Task WriteAsync(ParquetRowGroupWriter writer, IReadOnlyList<TRow> rows, CancellationToken cancellationToken)
    {
        var values = new string?[rows.Count];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = get(rows[i]);
        }

        return writer.WriteAsync(Field, values!, null);
    }

    public override async ValueTask ReadAsync(ParquetRowGroupReader reader, TRow[] rows, CancellationToken cancellationToken)
    {
        var values = new string?[rows.Length];
        await reader.ReadAsync(Field, values.AsMemory(), null, cancellationToken);
        for (var i = 0; i < rows.Length; i++)
        {
            set(rows[i], values[i]);
        }
    }
}
