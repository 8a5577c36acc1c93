using Parquet;

namespace Ecosystem.DataLake.Datasets;

/// <summary>Writes rows of one dataset to a Parquet stream, one row group per call.</summary>
public sealed class DatasetParquetWriter<TRow> : IAsyncDisposable
    where TRow : class, ILakeRow
{
    private readonly DatasetContract<TRow> _contract;
    private readonly ParquetWriter _writer;

    private DatasetParquetWriter(DatasetContract<TRow> contract, ParquetWriter writer)
    {
        _contract = contract;
        _writer = writer;
    }

    public long RowCount { get; private set; }

    public int RowGroupCount { get; private set; }

    public static async Task<DatasetParquetWriter<TRow>> CreateAsync(DatasetContract<TRow> contract, Stream output, CancellationToken cancellationToken)
    {
        var options = new ParquetOptions { CompressionMethod = CompressionMethod.Snappy };
        var writer = await ParquetWriter.CreateAsync(contract.Schema, output, options, append: false, cancellationToken);
        return new DatasetParquetWriter<TRow>(contract, writer);
    }

    public async Task WriteRowGroupAsync(IReadOnlyList<TRow> rows, CancellationToken cancellationToken)
    {
        if (rows.Count == 0)
        {
            return;
        }

        using var group = _writer.CreateRowGroup();
        foreach (var column in _contract.Columns)
        {
            await column.WriteAsync(group, rows, cancellationToken);
        }

        RowCount += rows.Count;
        RowGroupCount++;
    }

    /// <summary>Key/value pairs stored in the file footer; set before the writer is disposed.</summary>
    public void SetMetadata(IReadOnlyDictionary<string, string> metadata) => _writer.CustomMetadata = metadata;

    public ValueTask DisposeAsync() => _writer.DisposeAsync();
}
