using Ecosystem.DataLake.Formats.Text;
using Parquet;

namespace Ecosystem.DataLake.Datasets;

/// <summary>
/// Reads rows of one dataset back from Parquet through Parquet.Net, a row group at a time: the warehouse's reader of
/// the curated files (which the lake writes with ParquetSharp, <see cref="LakeParquetWriter{TRow}"/>), so every load
/// also checks that a second implementation reads them.
/// </summary>
public static class DatasetParquetReader
{
    public static ParquetOptions Options { get; } = new() { UseDateOnlyTypeForDates = true, TreatByteArrayAsString = true };

    /// <summary>Opens a Parquet file; the caller keeps owning <paramref name="input"/> (reads go through a buffer).</summary>
    public static Task<ParquetReader> OpenAsync(Stream input, CancellationToken cancellationToken) =>
        ParquetReader.CreateAsync(new BufferedStream(input, 1 << 16), Options, leaveStreamOpen: true, cancellationToken);

    public static async Task<TRow[]> ReadRowGroupAsync<TRow>(DatasetContract<TRow> contract, ParquetReader reader, int index, CancellationToken cancellationToken)
        where TRow : class, ILakeRow
    {
        var rows = new TRow[checked((int)reader.RowGroups[index].RowCount)];
        await ReadRowGroupAsync(contract, reader, index, rows, new StringPool(), cancellationToken);
        return rows;
    }

    /// <summary>
    /// Reads row group <paramref name="index"/> into <paramref name="into"/>, which holds exactly its rows; text
    /// values are shared through <paramref name="strings"/>.
    /// </summary>
    public static async Task ReadRowGroupAsync<TRow>(DatasetContract<TRow> contract, ParquetReader reader, int index, Memory<TRow> into, StringPool strings, CancellationToken cancellationToken)
        where TRow : class, ILakeRow
    {
        using var group = reader.OpenRowGroupReader(index);
        if (group.RowCount != into.Length)
        {
            throw new ArgumentException($"Row group {index} holds {group.RowCount} rows, not {into.Length}.", nameof(into));
        }

        var rows = into.Span;
        for (var i = 0; i < rows.Length; i++)
        {
            rows[i] = contract.CreateEmpty();
        }

        var fields = reader.Schema.DataFields.ToDictionary(field => field.Name, StringComparer.Ordinal);
        foreach (var column in contract.Columns)
        {
            // Read each column through the file's own field. Staging files leave the per-file columns out;
            // the caller stamps those from the footer.
            if (fields.TryGetValue(column.Name, out var field))
            {
                await column.ReadAsync(group, field, into, strings, cancellationToken);
            }
        }
    }

    /// <summary>The rows of the given row groups, in that order, in one array.</summary>
    public static async Task<TRow[]> ReadRowGroupsAsync<TRow>(DatasetContract<TRow> contract, ParquetReader reader, IReadOnlyList<int> indexes, CancellationToken cancellationToken)
        where TRow : class, ILakeRow
    {
        var rows = new TRow[checked((int)indexes.Sum(index => reader.RowGroups[index].RowCount))];
        var offset = 0;
        var strings = new StringPool();
        foreach (var index in indexes)
        {
            var count = (int)reader.RowGroups[index].RowCount;
            await ReadRowGroupAsync(contract, reader, index, rows.AsMemory(offset, count), strings, cancellationToken);
            offset += count;
        }

        return rows;
    }

    public static async Task<TRow[]> ReadAllAsync<TRow>(DatasetContract<TRow> contract, Stream input, CancellationToken cancellationToken)
        where TRow : class, ILakeRow
    {
        await using var reader = await OpenAsync(input, cancellationToken);
        return await ReadRowGroupsAsync(contract, reader, Enumerable.Range(0, reader.RowGroupCount).ToList(), cancellationToken);
    }
}
