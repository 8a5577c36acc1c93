using Ecosystem.DataLake.Formats.Text;
using ParquetSharp;

namespace Ecosystem.DataLake.Datasets;

/// <summary>
/// Reads the lake's Parquet files back into rows through ParquetSharp (see <see cref="LakeParquetWriter{TRow}"/>):
/// staging files for curation and the committed curated version a merge starts from, including files an earlier
/// release wrote with Parquet.Net (same physical layout, plain-encoded text).
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
        var rows = new TRow[checked((int)indexes.Sum(RowGroupRowCount))];
        for (var i = 0; i < rows.Length; i++)
        {
            rows[i] = contract.CreateEmpty();
        }

        var strings = new StringPool();
        var offset = 0;
        foreach (var index in indexes)
        {
            cancellationToken.ThrowIfCancellationRequested();
            using var group = _reader.RowGroup(index);
            var count = checked((int)group.MetaData.NumRows);
            foreach (var column in contract.Columns)
            {
                if (!_columnIndexes.TryGetValue(column.Name, out var columnIndex))
                {
                    _ = DatasetContract<TRow>.PerFileColumns.Contains(column.Name) ? 0 : throw new InvalidDataException($"The file has no column {column.Name}.");
                    continue;
                }

                using var reader = group.Column(columnIndex);
                column.Read(reader, rows.AsSpan(offset, count), strings);
            }

            offset += count;
        }

        return rows;
    }

    public void Dispose() => _reader.Dispose();
}
