namespace Ecosystem.DataLake.Formats;

/// <summary>The outcome of format detection: a handler, or the reason the file must be quarantined.</summary>
public sealed record Detection(ISourceHandler? Handler, string? Layout, string? ReasonCode, string? Reason, ISourceHandler? NearMiss = null);
