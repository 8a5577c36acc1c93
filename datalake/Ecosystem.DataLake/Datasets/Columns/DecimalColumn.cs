using Parquet;
using Parquet.Schema;

namespace Ecosystem.DataLake.Datasets.Columns;

/// <summary>
/// Money and percentages: Parquet DECIMAL(18, 12) on INT64, which every Parquet reader understands and which reads
/// fast. Twelve decimal places is what distributors send (DistroKid's earnings carry 12); values with more places
/// or beyond ±999,999 per row are rejected by the parsers (<see cref="Formats.Text.FieldParsers"/>), never rounded.
/// </summary>
public sealed class DecimalColumn<TRow>(string name, Func<TRow, decimal?> get, Action<TRow, decimal?> set, bool nullable) : DatasetColumn<TRow>
{
    public const int Precision = 18;
    public const int Scale = 12;

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
