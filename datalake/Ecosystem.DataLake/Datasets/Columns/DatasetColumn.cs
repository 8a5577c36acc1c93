using Parquet;
using Parquet.Schema;

namespace Ecosystem.DataLake.Datasets.Columns;

/// <summary>One Parquet column of a dataset: its field and how a row's value is written and read back.</summary>
public abstract class DatasetColumn<TRow>
{
    public abstract DataField Field { get; }

    public abstract Task WriteAsync(ParquetRowGroupWriter writer, IReadOnlyList<TRow> rows, CancellationToken cancellationToken);

    public abstract ValueTask ReadAsync(ParquetRowGroupReader reader, TRow[] rows, CancellationToken cancellationToken);
}
