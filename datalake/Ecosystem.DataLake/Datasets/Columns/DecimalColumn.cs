using Parquet;
using Parquet.Schema;

namespace Ecosystem.DataLake.Datasets.Columns;

/// <summary>Money and percentages: Parquet DECIMAL(28, 16), so statement amounts keep every digit they arrive with.</summary>
public sealed class DecimalColumn<TRow>(string name, Func<TRow, decimal?> get, Action<TRow, decimal?> set, bool nullable) : DatasetColumn<TRow>
{
    public const int Precision = 28;
    public const int Scale = 16;

    public override DataField Field { get; } = new DecimalDataField(name, Precision, Scale, false, nullable);

    public override Task WriteAsync(ParquetRowGroupWriter writer, IReadOnlyList<TRow> rows, CancellationToken cancellationToken)
    {
        if (Field.IsNullable)
        {
            var values = new decimal?[rows.Count];
            for (var i = 0; i < values.Length; i++)
            {
                values[i] = get(rows[i]);
            }

            return writer.WriteAsync<decimal>(Field, values.AsMemory(), null, null, cancellationToken);
        }

        var required = new decimal[rows.Count];
        for (var i = 0; i < required.Length; i++)
        {
            required[i] = get(rows[i]) ?? throw new InvalidOperationException($"Column {Field.Name} is required.");
        }

        return writer.WriteAsync<decimal>(Field, required.AsMemory(), null, null, cancellationToken);
    }

    public override async ValueTask ReadAsync(ParquetRowGroupReader reader, TRow[] rows, CancellationToken cancellationToken)
    {
        if (Field.IsNullable)
        {
            var values = new decimal?[rows.Length];
            await reader.ReadAsync<decimal>(Field, values.AsMemory(), null, cancellationToken);
            for (var i = 0; i < rows.Length; i++)
            {
                set(rows[i], values[i]);
            }

            return;
        }

        var required = new decimal[rows.Length];
        await reader.ReadAsync<decimal>(Field, required.AsMemory(), null, cancellationToken);
        for (var i = 0; i < rows.Length; i++)
        {
            set(rows[i], required[i]);
        }
    }
}
