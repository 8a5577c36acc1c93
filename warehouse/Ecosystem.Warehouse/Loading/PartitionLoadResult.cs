namespace Ecosystem.Warehouse.Loading;

/// <summary>What loading one curated partition file did: rows in the file, rows inserted or changed, rows removed.</summary>
public sealed record PartitionLoadResult(long FileRows, long MoneyNanos, long RowsWritten, long RowsDeleted);
