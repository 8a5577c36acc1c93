using Ecosystem.DataLake.Formats.Text;
using Parquet;
using Parquet.Schema;

namespace Ecosystem.DataLake.Datasets.Columns;

/// <summary>A required column of a value type (dates, counts, flags).</summary>
public sealed class ValueColumn<TRow, T>(string name, Func<TRow, T> get, Action<TRow, T> set) : DatasetColumn<TRow>
    where T : struct, IComparable<T>
{
    public override string Name => name;

    public override DataField CreateField() => new DataField<T>(name, false);

    public override async Task WriteAsync(ParquetRowGroupWriter writer, DataField field, ReadOnlyMemory<TRow> rows, CancellationToken cancellationToken)
    {
        using var values = PooledArray<T>.Rent(rows.Length);
        var source = rows.Span;
        var target = values.Span;
        for (var i = 0; i < source.Length; i++)
        {
            target[i] = get(source[i]);
        }

        await writer.WriteAllPartsAsync<T>(field, values.Memory, null, null, cancellationToken);
    }

    public override async ValueTask ReadAsync(ParquetRowGroupReader reader, DataField field, Memory<TRow> rows, StringPool strings, CancellationToken cancellationToken)
    {
        using var values = PooledArray<T>.Rent(rows.Length);
        await reader.ReadAsync<T>(field, values.Memory, null, cancellationToken);
        var read = values.Span;
        var target = rows.Span;
        for (var i = 0; i < rows.Length; i++)
        {
            set(target[i], read[i]);
        }
    }

    public override int CompareValues(TRow x, TRow y) => get(x).CompareTo(get(y));

    public override int HashValue(TRow row) => get(row).GetHashCode();
}
