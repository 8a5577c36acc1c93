using Ecosystem.DataLake.Formats.Text;
using Parquet;
using Parquet.Schema;

namespace Ecosystem.DataLake.Datasets.Columns;

/// <summary>
/// One Parquet column of a dataset: its name, a fresh field for each schema that uses it (Parquet.Net binds a field
/// to the schema it is put in, so fields are never shared between schemas), and how a row's value is written and read.
/// </summary>
public abstract class DatasetColumn<TRow>
{
    public abstract string Name { get; }

    public abstract DataField CreateField();

    /// <summary>
    /// Writes the rows' values as the row group's next column. The values are gathered into pooled arrays (a
    /// fresh array per column and row group would land on the large object heap and force full collections) and
    /// handed to Parquet.Net already packed: nullable columns pass the present values and their definition levels.
    /// </summary>
    public abstract Task WriteAsync(ParquetRowGroupWriter writer, DataField field, ReadOnlyMemory<TRow> rows, CancellationToken cancellationToken);

    /// <summary>
    /// Reads the column of a row group into <paramref name="rows"/>. Text goes through <paramref name="strings"/>,
    /// one pool for a whole read, so a value repeated across rows and row groups (a store, an artist, a title) is one
    /// string instance: less memory, and comparing two rows' equal values is a reference check.
    /// </summary>
    public abstract ValueTask ReadAsync(ParquetRowGroupReader reader, DataField field, Memory<TRow> rows, StringPool strings, CancellationToken cancellationToken);

    /// <summary>Orders two rows by this column's value: ordinal for text, null first; culture never plays a part.</summary>
    public abstract int CompareValues(TRow x, TRow y);

    /// <summary>A hash of this column's value, consistent with <see cref="CompareValues"/> returning 0.</summary>
    public abstract int HashValue(TRow row);
}
