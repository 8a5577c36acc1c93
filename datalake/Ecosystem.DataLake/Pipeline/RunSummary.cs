using Ecosystem.DataLake.Manifest;

namespace Ecosystem.DataLake.Pipeline;

/// <summary>The result of an <c>ingest</c> or a <c>run</c>: counts, the final status and every file's outcome.</summary>
public sealed record RunSummary(
    string RunId,
    string Command,
    PipelineRunStatus Status,
    int Landed,
    int Duplicates,
    int Promoted,
    int Quarantined,
    int Failed,
    long RowsCurated,
    TimeSpan Elapsed,
    IReadOnlyList<FileOutcome> Files);
