using Ecosystem.DataLake.Formats.Text;
using Parquet;
using Parquet.Schema;
using ParquetSharp;
using ParquetSharp.Schema;

namespace Ecosystem.DataLake.Datasets.Columns;

public sealed class StringColumn<TRow>(string name, bool nullable, Func<TRow, string?> get, Action<TRow, string?> set) : DatasetColumn<TRow>
{
    public override string Name => name;

    public override bool IsText => true;

    public override DataField CreateField() => new DataField<string>(name, nullable);

    /// <summary>
    /// Reads the column's raw character slices and turns them into strings through a pool, so a value repeated on
    /// every row (a store, a country, the source file's hash) becomes one string instead of one per row.
    /// </summary>
    public override async ValueTask ReadAsync(ParquetRowGroupReader reader, DataField field, Memory<TRow> rows, StringPool strings, CancellationToken cancellationToken)
    {
        using var values = PooledArray<ReadOnlyMemory<char>>.Rent(rows.Length);
        using var definitions = PooledArray<int>.Rent(field.IsNullable ? rows.Length : 0);
        await reader.ReadRawAsync<ReadOnlyMemory<char>>(field, values.Memory, field.IsNullable ? (Memory<int>?)definitions.Memory : null, null, cancellationToken);
        Fill(rows.Span, values.Span, field.IsNullable ? definitions.Span : default, strings);
    }

    private void Fill(Span<TRow> rows, ReadOnlySpan<ReadOnlyMemory<char>> values, ReadOnlySpan<int> definitions, StringPool pool)
    {
        var next = 0;
        for (var i = 0; i < rows.Length; i++)
        {
            // Nullable columns come back packed: only present values are in the array, the levels say which rows.
            var present = definitions.IsEmpty || definitions[i] > 0;
            set(rows[i], present ? pool.Get(values[next++].Span) : null);
        }
    }

    public override PrimitiveNode CreateParquetNode() =>
        new(name, nullable ? Repetition.Optional : Repetition.Required, LogicalType.String(), PhysicalType.ByteArray);

    public override void Write(ColumnWriter writer, ReadOnlySpan<TRow> rows)
    {
        using var values = PooledArray<string?>.Rent(rows.Length);
        var target = values.Span;
        for (var i = 0; i < rows.Length; i++)
        {
            target[i] = get(rows[i]);
        }

        TextColumnIo.Write((ColumnWriter<ByteArray>)writer, target, nullable);
    }

    public override void Read(ColumnReader reader, Span<TRow> rows, StringPool strings)
    {
        using var values = PooledArray<string?>.Rent(rows.Length);
        var read = values.Span;
        TextColumnIo.Read((ColumnReader<ByteArray>)reader, read, strings);
        for (var i = 0; i < rows.Length; i++)
        {
            set(rows[i], read[i] ?? (nullable ? null : throw new InvalidDataException($"Column {name} is required but row {i} has no value.")));
        }
    }

    public override int CompareValues(TRow x, TRow y) => string.CompareOrdinal(get(x), get(y));

    public override int HashValue(TRow row) => get(row) is { } value ? StringComparer.Ordinal.GetHashCode(value) : 0;

    public override ColumnVector CreateVector(int length) => new TextVector(name, nullable, length);
}
