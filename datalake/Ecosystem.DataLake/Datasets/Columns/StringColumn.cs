using Parquet;
using Parquet.Schema;

namespace Ecosystem.DataLake.Datasets.Columns;

public sealed class StringColumn<TRow>(string name, bool nullable, Func<TRow, string?> get, Action<TRow, string?> set) : DatasetColumn<TRow>
{
    public override string Name => name;

    public override DataField CreateField() => new DataField<string>(name, nullable);

    public override Task WriteAsync(ParquetRowGroupWriter writer, DataField field, IReadOnlyList<TRow> rows, CancellationToken cancellationToken)
    {
        var values = new string?[rows.Count];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = get(rows[i]);
        }

        return writer.WriteAsync(field, values!, null);
    }

    public override async ValueTask ReadAsync(ParquetRowGroupReader reader, DataField field, TRow[] rows, CancellationToken cancellationToken)
    {
        var values = new string?[rows.Length];
        await reader.ReadAsync(field, values.AsMemory(), null, cancellationToken);
        for (var i = 0; i < rows.Length; i++)
        {
            set(rows[i], values[i]);
        }
    }
}
