namespace Ecosystem.DataLake.Quarantine;

/// <summary>The <c>.reason.json</c> written beside every quarantined object: enough for a person to see what changed.</summary>
public sealed record QuarantineNote
{
    public required string Sha256 { get; init; }
    public required string OriginalName { get; init; }
    public required string ReasonCode { get; init; }
    public required string Reason { get; init; }
    public required string RunId { get; init; }
    public required DateTimeOffset QuarantinedAtUtc { get; init; }
    public string? Source { get; init; }
    public string? Format { get; init; }
    public string? Encoding { get; init; }
    public string? Delimiter { get; init; }
    public IReadOnlyList<string>? Header { get; init; }
    public string? HeaderFingerprint { get; init; }
    public long? Rows { get; init; }
    public long? RejectedRows { get; init; }
    public IReadOnlyList<QuarantinedRow>? FirstRejects { get; init; }
}

public sealed record QuarantinedRow(long LineNo, string Reason, string RawLine);
