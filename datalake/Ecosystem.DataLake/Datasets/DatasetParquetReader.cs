using Parquet;

namespace Ecosystem.DataLake.Datasets;

/// <summary>Reads rows of one dataset back from Parquet, a row group at a time.</summary>
public static class DatasetParquetReader
{
    public static ParquetOptions Options { get; } = new() { UseDateOnlyTypeForDates = true, TreatByteArrayAsString = true };

    /// <summary>Opens a Parquet file; the caller keeps owning <paramref name="input"/> (reads go through a buffer).</summary>
    public static Task<ParquetReader> OpenAsync(Stream input, CancellationToken cancellationToken) =>
        ParquetReader.CreateAsync(new BufferedStream(input, 1 << 16), Options, leaveStreamOpen: true, cancellationToken);

    public static async Task<TRow[]> ReadRowGroupAsync<TRow>(DatasetContract<TRow> contract, ParquetReader reader, int index, CancellationToken cancellationToken)
        where TRow : class, ILakeRow
    {
        using var group = reader.OpenRowGroupReader(index);
        var rows = new TRow[checked((int)group.RowCount)];
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
                await column.ReadAsync(group, field, rows, cancellationToken);
            }
        }

        return rows;
    }

    public static async Task<List<TRow>> ReadAllAsync<TRow>(DatasetContract<TRow> contract, Stream input, CancellationToken cancellationToken)
        where TRow : class, ILakeRow
    {
        await using var reader = await OpenAsync(input, cancellationToken);
        var rows = new List<TRow>(checked((int)(reader.Metadata?.NumRows ?? 0)));
        for (var i = 0; i < reader.RowGroupCount; i++)
        {
            rows.AddRange(await ReadRowGroupAsync(contract, reader, i, cancellationToken));
        }

        return rows;
    }
}
