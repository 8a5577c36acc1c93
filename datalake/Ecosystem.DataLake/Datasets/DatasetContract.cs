using Ecosystem.DataLake.Datasets.Columns;
using Ecosystem.DataLake.Zones;

namespace Ecosystem.DataLake.Datasets;

/// <summary>
/// The typed contract of one canonical dataset: its Parquet columns, its monthly partition, its natural key
/// (identity without the occurrence counter) and its canonical row order.
/// </summary>
public abstract class DatasetContract<TRow>
    where TRow : class, ILakeRow
{
    /// <summary>Columns whose value is the same for every row of one file: staging stores them once, in its footer.</summary>
    public static IReadOnlySet<string> PerFileColumns { get; } = new HashSet<string>(StringComparer.Ordinal) { "source", "source_sha256", "run_id" };

    private IReadOnlyList<DatasetColumn<TRow>>? _stagingColumns;

    public abstract string Name { get; }

    public abstract IReadOnlyList<DatasetColumn<TRow>> Columns { get; }

    /// <summary>The staging file's columns: every column but the per-file ones.</summary>
    public IReadOnlyList<DatasetColumn<TRow>> StagingColumns =>
        _stagingColumns ??= Columns.Where(column => !PerFileColumns.Contains(column.Name)).ToList();

    /// <summary>The natural key: the columns whose values make a row's identity, in the order rows sort on them.</summary>
    public abstract ColumnKey<TRow> Key { get; }

    /// <summary>Rows that are the same fact (before the occurrence counter): a newer file's row replaces an older one.</summary>
    public IEqualityComparer<TRow> Identity => Key;

    /// <summary>A total order over identity + occurrence, so a curated file's bytes depend only on its rows.</summary>
    public IComparer<TRow> Order => Key;

    public abstract TRow CreateEmpty();

    public abstract PartitionKey PartitionOf(TRow row);
}
