using Ecosystem.DataLake.Datasets.Columns;
using Ecosystem.DataLake.Zones;
using Parquet.Schema;

namespace Ecosystem.DataLake.Datasets;

/// <summary>
/// The typed contract of one canonical dataset: its Parquet columns, its monthly partition, its natural key
/// (identity without the occurrence counter) and its canonical row order.
/// </summary>
public abstract class DatasetContract<TRow>
    where TRow : class, ILakeRow
{
    private ParquetSchema? _schema;

    public abstract string Name { get; }

    public abstract IReadOnlyList<DatasetColumn<TRow>> Columns { get; }

    public ParquetSchema Schema => _schema ??= new ParquetSchema(Columns.Select(column => (Field)column.Field));

    /// <summary>Rows that are the same fact (before the occurrence counter): a newer file's row replaces an older one.</summary>
    public abstract IEqualityComparer<TRow> Identity { get; }

    /// <summary>A total order over identity + occurrence, so a curated file's bytes depend only on its rows.</summary>
    public abstract IComparer<TRow> Order { get; }

    public abstract TRow CreateEmpty();

    public abstract PartitionKey PartitionOf(TRow row);
}
