using Ecosystem.DataLake.Formats.Text;
using Parquet;
using Parquet.Schema;

namespace Ecosystem.DataLake.Datasets.Columns;

public sealed class StringColumn<TRow>(string name, bool nullable, Func<TRow, string?> get, Action<TRow, string?> set) : DatasetColumn<TRow>
{
    public override string Name => name;

    public override DataField CreateField() => new DataField<string>(name, nullable);

    public override async Task WriteAsync(ParquetRowGroupWriter writer, DataField field, ReadOnlyMemory<TRow> rows, CancellationToken cancellationToken)
    {
        using var values = PooledArray<ReadOnlyMemory<char>>.Rent(rows.Length);
        using var definitions = PooledArray<int>.Rent(nullable ? rows.Length : 0);
        var present = Pack(rows.Span, values.Span, definitions.Span);

        // Spelled out: `nullable ? definitions.Memory : null` would turn null into an empty Memory (through the
        // array conversion), which Parquet.Net reads as a column of no rows.
        ReadOnlyMemory<int>? levels = null;
        if (nullable)
        {
            levels = definitions.Memory;
        }

        await writer.WriteAllPartsAsync<ReadOnlyMemory<char>>(field, values.Memory[..present], levels, null, cancellationToken);
    }

    private int Pack(ReadOnlySpan<TRow> rows, Span<ReadOnlyMemory<char>> values, Span<int> definitions)
    {
        var present = 0;
        for (var i = 0; i < rows.Length; i++)
        {
            var value = get(rows[i]);
            if (nullable)
            {
                definitions[i] = value is null ? 0 : 1;
            }
            else if (value is null)
            {
                throw new InvalidOperationException($"Column {name} is required.");
            }

            if (value is not null)
            {
                values[present++] = value.AsMemory();
            }
        }

        return present;
    }

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

    public override int CompareValues(TRow x, TRow y) => string.CompareOrdinal(get(x), get(y));

    public override int HashValue(TRow row) => get(row) is { } value ? StringComparer.Ordinal.GetHashCode(value) : 0;
}
