using Ecosystem.DataLake.Datasets.Columns;
using Ecosystem.DataLake.Formats.Text;
using ParquetSharp;

namespace Ecosystem.DataLake.Datasets;

/// <summary>
/// Reads the lake's Parquet files through ParquetSharp (see <see cref="LakeParquetWriter{TRow}"/>): into a partition's
/// columns for curation (<see cref="ReadColumns(IReadOnlyList{ColumnVector}, IReadOnlyList{int}, int, CancellationToken)"/>:
/// staging files and the committed curated version a merge starts from), or into rows for whoever needs them
/// (<see cref="ReadAll{TRow}"/>; the tests read what the lake wrote that way). Files an earlier release wrote with
/// Parquet.Net have the same physical layout (plain-encoded text) and read the same.
/// </summary>
public sealed class LakeParquetReader : IDisposable
{
    private readonly ParquetFileReader _reader;
    private readonly Dictionary<string, int> _columnIndexes = new(StringComparer.Ordinal);

    private LakeParquetReader(ParquetFileReader reader)
    {
        _reader = reader;
        using var metadata = reader.FileMetaData;
        var schema = metadata.Schema;
        for (var i = 0; i < schema.NumColumns; i++)
        {
            _columnIndexes[schema.Column(i).Name] = i;
        }

        Metadata = metadata.KeyValueMetadata;
        RowGroupCount = metadata.NumRowGroups;
    }

    /// <summary>The allocator of every lake Parquet reader and writer: the system one (see the writer's properties).</summary>
    internal static MemoryPool MemoryPool { get; } = MemoryPool.SystemMemoryPool();

    public IReadOnlyDictionary<string, string> Metadata { get; }

    public int RowGroupCount { get; }

    /// <summary>Opens a Parquet file on a seekable stream the caller keeps owning.</summary>
    public static LakeParquetReader Open(Stream input)
    {
        using var properties = ReaderProperties.WithMemoryPool(MemoryPool);
        return new LakeParquetReader(new ParquetFileReader(input, properties, leaveOpen: true));
    }

    /// <summary>Every row of the file at <paramref name="input"/>, in file order.</summary>
    public static TRow[] ReadAll<TRow>(DatasetContract<TRow> contract, Stream input, CancellationToken cancellationToken)
        where TRow : class, ILakeRow
    {
        using var reader = Open(input);
        return reader.ReadRowGroups(contract, Enumerable.Range(0, reader.RowGroupCount).ToList(), cancellationToken);
    }

    public long RowGroupRowCount(int index)
    {
        using var group = _reader.RowGroup(index);
        return group.MetaData.NumRows;
    }

    /// <summary>
    /// The rows of the given row groups, in that order, in one array; equal text is one string instance. Columns the
    /// file does not have (a staging file keeps the per-file columns in its footer) are left for the caller to set.
    /// </summary>
    public TRow[] ReadRowGroups<TRow>(DatasetContract<TRow> contract, IReadOnlyList<int> indexes, CancellationToken cancellationToken)
        where TRow : class, ILakeRow
    {
        var rows = CreateRows(contract, indexes);
        ReadColumns(contract.Columns, indexes, rows, cancellationToken);
        return rows;
    }

    /// <summary>The rows the given row groups hold together.</summary>
    public int RowCount(IReadOnlyList<int> indexes) => checked((int)indexes.Sum(RowGroupRowCount));

    /// <summary>
    /// Reads the row groups' values of each of <paramref name="columns"/> (by name) into the vector, from position
    /// <paramref name="offset"/> on; on <paramref name="workers"/> cores, each opening the file for its share of
    /// the columns (text first, the costly kind).
    /// </summary>
    public static void ReadColumns(Func<Stream> open, IReadOnlyList<ColumnVector> columns, IReadOnlyList<int> indexes, int offset, int workers, CancellationToken cancellationToken)
    {
        workers = Math.Clamp(workers, 1, Math.Max(1, columns.Count));
        var dealt = columns.OrderByDescending(column => column is TextVector).ToList();
        ParallelWork.For(workers, workers, worker =>
        {
            using var input = open();
            using var reader = Open(input);
            reader.ReadColumns(dealt.Where((_, i) => i % workers == worker).ToList(), indexes, offset, cancellationToken);
        }, cancellationToken);
    }

    /// <summary>
    /// Reads the row groups' values of each of <paramref name="columns"/> (by name) into the vector, from position
    /// <paramref name="offset"/> on.
    /// </summary>
    public void ReadColumns(IReadOnlyList<ColumnVector> columns, IReadOnlyList<int> indexes, int offset, CancellationToken cancellationToken)
    {
        var fileIndexes = columns.Select(column => _columnIndexes.TryGetValue(column.Name, out var index) ? index : throw new InvalidDataException($"The file has no column {column.Name}.")).ToArray();
        foreach (var index in indexes)
        {
            cancellationToken.ThrowIfCancellationRequested();
            using var group = _reader.RowGroup(index);
            var count = checked((int)group.MetaData.NumRows);
            for (var c = 0; c < columns.Count; c++)
            {
                using var reader = group.Column(fileIndexes[c]);
                columns[c].Read(reader, offset, count);
            }

            offset += count;
        }
    }

    private TRow[] CreateRows<TRow>(DatasetContract<TRow> contract, IReadOnlyList<int> indexes)
        where TRow : class, ILakeRow
    {
        var rows = new TRow[checked((int)indexes.Sum(RowGroupRowCount))];
        for (var i = 0; i < rows.Length; i++)
        {
            rows[i] = contract.CreateEmpty();
        }

        return rows;
    }

    /// <summary>Reads <paramref name="columns"/> of the row groups into <paramref name="rows"/>, one string pool for them all.</summary>
    private void ReadColumns<TRow>(IEnumerable<DatasetColumn<TRow>> columns, IReadOnlyList<int> indexes, TRow[] rows, CancellationToken cancellationToken)
        where TRow : class, ILakeRow
    {
        var strings = new StringPool();
        var offset = 0;
        foreach (var index in indexes)
        {
            cancellationToken.ThrowIfCancellationRequested();
            using var group = _reader.RowGroup(index);
            var count = checked((int)group.MetaData.NumRows);
            foreach (var column in columns)
            {
                if (!_columnIndexes.TryGetValue(column.Name, out var columnIndex))
                {
                    if (!DatasetContract<TRow>.PerFileColumns.Contains(column.Name))
                    {
                        throw new InvalidDataException($"The file has no column {column.Name}.");
                    }

                    continue;
                }

                using var reader = group.Column(columnIndex);
                column.Read(reader, rows.AsSpan(offset, count), strings);
            }

            offset += count;
        }
    }

    public void Dispose() => _reader.Dispose();
}
