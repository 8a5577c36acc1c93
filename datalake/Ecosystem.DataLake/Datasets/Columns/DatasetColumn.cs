using Ecosystem.DataLake.Formats.Text;
using Parquet;
using Parquet.Schema;
using ParquetSharp;
using ParquetSharp.Schema;

namespace Ecosystem.DataLake.Datasets.Columns;

/// <summary>
/// One Parquet column of a dataset: its name, how the lake writes and reads its values (ParquetSharp), and the field
/// the warehouse reads it through (Parquet.Net; a fresh field for each schema that uses it, since Parquet.Net binds a
/// field to the schema it is put in).
/// </summary>
public abstract class DatasetColumn<TRow>
{
    public abstract string Name { get; }

    /// <summary>Text is the costly kind of column to read; parallel reads deal text columns out first.</summary>
    public virtual bool IsText => false;

    public abstract DataField CreateField();

    /// <summary>
    /// Reads the column of a row group through Parquet.Net (the warehouse's reader) into <paramref name="rows"/>. Text
    /// goes through <paramref name="strings"/>, one pool for a whole read, so a value repeated across rows and row groups (a store, an artist, a title) is one
    /// string instance: less memory, and comparing two rows' equal values is a reference check.
    /// </summary>
    public abstract ValueTask ReadAsync(ParquetRowGroupReader reader, DataField field, Memory<TRow> rows, StringPool strings, CancellationToken cancellationToken);

    /// <summary>This column's node in the schema of a lake file (written through ParquetSharp).</summary>
    public abstract PrimitiveNode CreateParquetNode();

    /// <summary>
    /// Writes the rows' values as the row group's next column (<see cref="LakeParquetWriter{TRow}"/>). Values are
    /// gathered into pooled arrays (a fresh array per column and row group would land on the large object heap and
    /// force full collections); optional columns pass their present values and a definition level per row.
    /// </summary>
    public abstract void Write(ColumnWriter writer, ReadOnlySpan<TRow> rows);

    /// <summary>
    /// Reads the column of a row group into <paramref name="rows"/> (<see cref="LakeParquetReader"/>), text through
    /// <paramref name="strings"/>. Files of earlier releases (written by Parquet.Net) have the same physical layout.
    /// </summary>
    public abstract void Read(ColumnReader reader, Span<TRow> rows, StringPool strings);

    /// <summary>Orders two rows by this column's value: ordinal for text, null first; culture never plays a part.</summary>
    public abstract int CompareValues(TRow x, TRow y);

    /// <summary>A hash of this column's value, consistent with <see cref="CompareValues"/> returning 0.</summary>
    public abstract int HashValue(TRow row);

    /// <summary>
    /// An empty column of <paramref name="length"/> rows in its physical form, for merging a partition column by
    /// column (<see cref="PartitionMerger{TRow}"/>); its ranks follow <see cref="CompareValues"/>.
    /// </summary>
    public abstract ColumnVector CreateVector(int length);
}
