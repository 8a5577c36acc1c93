namespace Ecosystem.DataLake.Pipeline;

/// <summary>What happened to one file in a run, for summaries and <c>--json</c>.</summary>
public sealed record FileOutcome(string Name, string Sha256, string Outcome, string? ReasonCode = null, string? Reason = null, long Rows = 0, long Entries = 0);
