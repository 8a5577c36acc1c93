namespace Ecosystem.DataLake.Manifest;

public sealed record PipelineRunRecord(
    string RunId,
    string Command,
    DateTimeOffset StartedAtUtc,
    DateTimeOffset? FinishedAtUtc,
    PipelineRunStatus Status,
    int Landed,
    int Duplicates,
    int Promoted,
    int Quarantined,
    int Failed,
    long RowsCurated);
