namespace Ecosystem.Warehouse.Lineage;

/// <summary>
/// What stands behind one KPI: the curated partitions loaded into the warehouse for its datasets and sources, and the
/// landed files whose rows they hold (with the rows each file gave), so a user can go from a number to the files and
/// rows it comes from.
/// </summary>
public sealed record KpiLineage(string KpiId, IReadOnlyList<string> Datasets, IReadOnlyList<string> Sources, IReadOnlyList<LineagePartition> Partitions, IReadOnlyList<LineageFile> Files);

/// <summary>A curated partition as the warehouse loaded it: its key, SHA-256 and rows (reconciled at load).</summary>
public sealed record LineagePartition(string Dataset, string Source, string Partition, string ObjectKey, string Sha256, long Rows, string LoadedByRun);

/// <summary>
/// A landed file behind the KPI: the rows it gave to the curated partitions when it was promoted, and the rows of it the
/// warehouse holds now (fewer when a later file restated them; those rows are its dataset's export filtered by <c>file</c>).
/// </summary>
public sealed record LineageFile(string Sha256, string OriginalName, DateTimeOffset LandedAtUtc, string Source, string Dataset, string? RawKey, long RowsCurated, long RowsNow, int Partitions);
