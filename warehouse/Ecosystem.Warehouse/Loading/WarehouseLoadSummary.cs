namespace Ecosystem.Warehouse.Loading;

/// <summary>What one warehouse load did. <see cref="EtlRunId"/> is null when nothing needed loading (and nothing was written).</summary>
public sealed record WarehouseLoadSummary(
    long? EtlRunId,
    int FilesLoaded,
    int FilesFailed,
    long RowsRead,
    long RowsWritten,
    long RowsDeleted,
    int QualityIssues,
    TimeSpan Elapsed,
    IReadOnlyList<string> Failures)
{
    public bool Succeeded => FilesFailed == 0;
}
