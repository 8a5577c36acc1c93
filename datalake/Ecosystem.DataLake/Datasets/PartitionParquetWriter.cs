using Apache.Arrow;
using Ecosystem.DataLake.Datasets.Columns;
using Ecosystem.DataLake.Storage;
using ParquetSharp.Arrow;

namespace Ecosystem.DataLake.Datasets;

/// <summary>
/// Writes a merged partition (<see cref="PartitionMerger{TRow}"/>) as a curated Parquet file, one row group per call,
/// through ParquetSharp's Arrow API: each column handed over as an Arrow array gathered through the merge's order,
/// text as a dictionary array (ids the partition already has, renumbered per row group), which the Parquet writer
/// encodes without hashing each value. The file has the schema, encodings and settings of the row writer's
/// (<see cref="LakeParquetWriter{TRow}"/>, <see cref="LakeWriterProperties"/>) and reads back the same.
/// </summary>
public sealed class PartitionParquetWriter : IDisposable
{
    private readonly IReadOnlyList<ColumnVector> _columns;
    private readonly int _workers;
    private readonly Schema _schema;
    private readonly BufferedStream _buffer;
    private readonly FileWriter _writer;
    private readonly ArrowBuffers _buffers = new();
    private RecordBatch? _written;
    private bool _failed;
    private bool _disposed;

    /// <summary>
    /// A writer of <paramref name="columns"/> to <paramref name="output"/> (which the caller keeps owning), gathering
    /// and encoding on <paramref name="workers"/> cores.
    /// </summary>
    public PartitionParquetWriter(IReadOnlyList<ColumnVector> columns, Stream output, int workers = 1)
    {
        _columns = columns;
        _workers = Math.Clamp(workers, 1, columns.Count);
        _schema = new Schema(columns.Select(column => column.ArrowField), metadata: null);
        _buffer = new BufferedStream(output, LakeIo.BufferSize);
        using var properties = LakeWriterProperties.Create(columns.Select(column => (column.Name, column.IsText)));
        using var arrowProperties = new ArrowWriterPropertiesBuilder().UseThreads(_workers > 1).Build();
        _writer = new FileWriter(_buffer, _schema, properties, arrowProperties, leaveOpen: true);
    }

    public long RowCount { get; private set; }

    public int RowGroupCount { get; private set; }

    /// <summary>Writes the rows at the positions <paramref name="order"/> lists, in that order, as the next row group.</summary>
    public void WriteRowGroup(ReadOnlyMemory<int> order)
    {
        if (order.IsEmpty)
        {
            return;
        }

        ObjectDisposedException.ThrowIf(_failed, this);
        _failed = true; // until the row group is complete: a value that cannot be written leaves no file to close
        // Starting a row group finishes the one before, whose column writers are the last to hold its arrays: then
        // their memory can hold this row group's.
        _writer.NewBufferedRowGroup();
        ReleaseWritten();
        var arrays = new IArrowArray[_columns.Count];
        ParallelWork.For(_columns.Count, _workers, c => arrays[c] = _columns[c].ToArrow(order.Span, _buffers));

        _written = new RecordBatch(_schema, arrays, order.Length);
        _writer.WriteBufferedRecordBatch(_written);
        _failed = false;
        RowCount += order.Length;
        RowGroupCount++;
    }

    /// <summary>
    /// Writes the last row group and the footer and flushes; the output stream stays open. After a failed write
    /// there is no footer to write: the error that failed it is the one the caller sees, and the partial output is
    /// the caller's to discard.
    /// </summary>
    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        try
        {
            if (!_failed)
            {
                _writer.Close();
                _buffer.Flush();
            }
        }
        finally
        {
            _writer.Dispose();
            _written?.Dispose();
            _buffers.Dispose();
        }
    }

    private void ReleaseWritten()
    {
        _written?.Dispose();
        _written = null;
        _buffers.Reuse();
    }
}
