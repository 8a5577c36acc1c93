using Ecosystem.DataLake.Formats.Text;
using Parquet;
using Parquet.Schema;
using ParquetSharp;
using ParquetSharp.Schema;

namespace Ecosystem.DataLake.Datasets.Columns;

/// <summary>
/// Money and percentages: Parquet DECIMAL(18, 12) on INT64, which every Parquet reader understands and which reads
/// fast. Twelve decimal places is what distributors send (DistroKid's earnings carry 12); values with more places
/// or beyond ±999,999 per row are rejected by the parsers (<see cref="Formats.Text.FieldParsers"/>), never rounded.
/// </summary>
public sealed class DecimalColumn<TRow>(string name, Func<TRow, decimal?> get, Action<TRow, decimal?> set, bool nullable) : DatasetColumn<TRow>
{
    public const int Precision = PhysicalValues.DecimalPrecision;
    public const int Scale = PhysicalValues.DecimalScale;

    public override string Name => name;

    public override DataField CreateField() => new DecimalDataField(name, Precision, Scale, false, nullable);

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

    public override PrimitiveNode CreateParquetNode() => ValueCodec<decimal>.Instance.Node(name, nullable ? Repetition.Optional : Repetition.Required);

    public override void Write(ColumnWriter writer, ReadOnlySpan<TRow> rows)
    {
        using var values = PooledArray<decimal>.Rent(rows.Length);
        using var definitions = PooledArray<short>.Rent(nullable ? rows.Length : 0);
        var present = nullable ? PackedColumn.Pack(rows, get, values.Span, definitions.Span) : GatherRequired(rows, values.Span);
        ValueCodec<decimal>.Instance.Write(writer, values.Span[..present], definitions.Span);
    }

    public override void Read(ColumnReader reader, Span<TRow> rows, StringPool strings)
    {
        using var values = PooledArray<decimal>.Rent(rows.Length);
        using var definitions = PooledArray<short>.Rent(rows.Length);
        var present = ValueCodec<decimal>.Instance.Read(reader, rows.Length, values.Span, definitions.Span);
        if (!nullable)
        {
            PackedColumn.RequireAll(name, present, rows.Length);
        }

        PackedColumn.Unpack(rows, values.Span, definitions.Span, present, set);
    }

    private int GatherRequired(ReadOnlySpan<TRow> rows, Span<decimal> values)
    {
        for (var i = 0; i < rows.Length; i++)
        {
            values[i] = get(rows[i]) ?? throw new InvalidOperationException($"Column {name} is required.");
        }

        return rows.Length;
    }

    public override int CompareValues(TRow x, TRow y) => Nullable.Compare(get(x), get(y));

    public override int HashValue(TRow row) => get(row).GetHashCode();

    public override ColumnVector CreateVector(int length) => ValueCodec<decimal>.Instance.CreateVector(name, nullable, length);
}
