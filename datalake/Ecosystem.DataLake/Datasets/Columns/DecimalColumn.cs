using Ecosystem.DataLake.Formats.Text;
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

    public override string Name => name;

    public override DataField CreateField() => new DecimalDataField(name, Precision, Scale, false, nullable);

    public override async Task WriteAsync(ParquetRowGroupWriter writer, DataField field, ReadOnlyMemory<TRow> rows, CancellationToken cancellationToken)
    {
        using var values = PooledArray<decimal>.Rent(rows.Length);
        using var definitions = PooledArray<int>.Rent(nullable ? rows.Length : 0);
        if (nullable)
        {
            var present = PackedColumn.Pack(rows.Span, get, values.Span, definitions.Span);
            await writer.WriteAllPartsAsync<decimal>(field, values.Memory[..present], definitions.Memory, null, cancellationToken);
            return;
        }

        var source = rows.Span;
        var required = values.Span;
        for (var i = 0; i < source.Length; i++)
        {
            required[i] = get(source[i]) ?? throw new InvalidOperationException($"Column {name} is required.");
        }

        await writer.WriteAllPartsAsync<decimal>(field, values.Memory, null, null, cancellationToken);
    }

    public override async ValueTask ReadAsync(ParquetRowGroupReader reader, DataField field, Memory<TRow> rows, StringPool strings, CancellationToken cancellationToken)
    {
        if (nullable)
        {
            using var values = PooledArray<decimal?>.Rent(rows.Length);
            await reader.ReadAsync<decimal>(field, values.Memory, null, cancellationToken);
            var read = values.Span;
            var optional = rows.Span;
            for (var i = 0; i < optional.Length; i++)
            {
                set(optional[i], read[i]);
            }

            return;
        }

        using var required = PooledArray<decimal>.Rent(rows.Length);
        await reader.ReadAsync<decimal>(field, required.Memory, null, cancellationToken);
        var readRequired = required.Span;
        var target = rows.Span;
        for (var i = 0; i < rows.Length; i++)
        {
            set(target[i], readRequired[i]);
        }
    }

    public override int CompareValues(TRow x, TRow y) => Nullable.Compare(get(x), get(y));

    public override int HashValue(TRow row) => get(row).GetHashCode();
}
