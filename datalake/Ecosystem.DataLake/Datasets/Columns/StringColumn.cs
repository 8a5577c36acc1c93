using Ecosystem.DataLake.Formats.Text;
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

    /// <summary>
    /// Reads the column's raw character slices and turns them into strings through a pool, so a value repeated on
    /// every row (a store, a country, the source file's hash) becomes one string instead of one per row.
    /// </summary>
    public override async ValueTask ReadAsync(ParquetRowGroupReader reader, DataField field, TRow[] rows, CancellationToken cancellationToken)
    {
        using var values = PooledArray<ReadOnlyMemory<char>>.Rent(rows.Length);
        using var definitions = PooledArray<int>.Rent(field.IsNullable ? rows.Length : 0);
        await reader.ReadRawAsync<ReadOnlyMemory<char>>(field, values.Memory, field.IsNullable ? (Memory<int>?)definitions.Memory : null, null, cancellationToken);
        Fill(rows, values.Span, field.IsNullable ? definitions.Span : default);
    }

    private void Fill(TRow[] rows, ReadOnlySpan<ReadOnlyMemory<char>> values, ReadOnlySpan<int> definitions)
    {
        var pool = new StringPool();
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
