namespace Ecosystem.Dashboard.Live;

/// <summary>What the pipeline worker did: pushed to every client as <c>PipelineEvent</c>.</summary>
public sealed record PipelineEvent(string RunId, string Status, int Landed, int Curated, int Quarantined, int Failed, int FilesLoaded, long RowsWritten, IReadOnlyList<PipelineFileEvent> Files, DateTimeOffset AtUtc);

public sealed record PipelineFileEvent(string Name, string Outcome, string? ReasonCode, string? Reason);

/// <summary>Something a person should look at (a failed run, new data-quality errors): pushed as <c>Alert</c>.</summary>
public sealed record Alert(string Severity, string Message, DateTimeOffset AtUtc);
