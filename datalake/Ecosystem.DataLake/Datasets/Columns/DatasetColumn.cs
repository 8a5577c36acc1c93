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

    public abstract Task WriteAsync(ParquetRowGroupWriter writer, DataField field, IReadOnlyList<TRow> rows, CancellationToken cancellationToken);

    public abstract ValueTask ReadAsync(ParquetRowGroupReader reader, DataField field, TRow[] rows, CancellationToken cancellationToken);

    /// <summary>Orders two rows by this column's value: ordinal for text, null first; culture never plays a part.</summary>
    public abstract int CompareValues(TRow x, TRow y);

    /// <summary>A hash of this column's value, consistent with <see cref="CompareValues"/> returning 0.</summary>
    public abstract int HashValue(TRow row);
}
