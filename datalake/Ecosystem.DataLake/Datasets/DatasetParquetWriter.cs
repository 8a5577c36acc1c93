using Ecosystem.DataLake.Datasets.Columns;
using Ecosystem.DataLake.Storage;
using Parquet;
using Parquet.Schema;

namespace Ecosystem.DataLake.Datasets;

/// <summary>Writes rows of one dataset to a Parquet stream, one row group per call.</summary>
public sealed class DatasetParquetWriter<TRow> : IAsyncDisposable
    where TRow : class, ILakeRow
{
    private readonly IReadOnlyList<(DatasetColumn<TRow> Column, DataField Field)> _columns;
    private readonly ParquetWriter _writer;
    private readonly BufferedStream _buffer;

    private DatasetParquetWriter(IReadOnlyList<(DatasetColumn<TRow>, DataField)> columns, ParquetWriter writer, BufferedStream buffer)
    {
        _columns = columns;
        _writer = writer;
        _buffer = buffer;
    }

    public long RowCount { get; private set; }

    public int RowGroupCount { get; private set; }

    /// <summary>A writer of all the dataset's columns (curated files) or of the given subset (staging files).</summary>
    public static async Task<DatasetParquetWriter<TRow>> CreateAsync(DatasetContract<TRow> contract, Stream output, CancellationToken cancellationToken, IReadOnlyList<DatasetColumn<TRow>>? columns = null)
    {
        var bound = (columns ?? contract.Columns).Select(column => (column, column.CreateField())).ToList();
        var schema = new ParquetSchema(bound.Select(pair => (Field)pair.Item2));

        // Text is written PLAIN, not dictionary-encoded: Parquet.Net's dictionary encoder sizes a hash set by the
        // column chunk's row count, which puts it on the large object heap for every chunk over a few thousand rows;
        // measured on a 5,000,000-line statement, that was ten times the full collections and a slower lake.
        var options = new ParquetOptions { CompressionMethod = CompressionMethod.Snappy };

        // Parquet.Net writes many small pieces asynchronously; a buffer in front of the file turns them into a few
        // large writes instead of one thread-pool hop each (twice as fast on a file stream).
        var buffer = new BufferedStream(output, LakeIo.BufferSize);
        var writer = await ParquetWriter.CreateAsync(schema, buffer, options, append: false, cancellationToken);
        return new DatasetParquetWriter<TRow>(bound, writer, buffer);
    }

    public async Task WriteRowGroupAsync(ReadOnlyMemory<TRow> rows, CancellationToken cancellationToken)
    {
        if (rows.IsEmpty)
        {
            return;
        }

        using var group = _writer.CreateRowGroup();
        foreach (var (column, field) in _columns)
        {
            await column.WriteAsync(group, field, rows, cancellationToken);
        }

        RowCount += rows.Length;
        RowGroupCount++;
    }

    /// <summary>Key/value pairs stored in the file footer; set before the writer is disposed.</summary>
    public void SetMetadata(IReadOnlyDictionary<string, string> metadata) => _writer.CustomMetadata = metadata;

    /// <summary>Writes the footer and flushes; the output stream stays open (the caller owns it).</summary>
    public async ValueTask DisposeAsync()
    {
        await _writer.DisposeAsync();
        await _buffer.FlushAsync();
    }
}
