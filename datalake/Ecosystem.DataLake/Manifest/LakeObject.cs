namespace Ecosystem.DataLake.Manifest;

/// <summary>One distinct file the lake holds, keyed by the SHA-256 of its bytes.</summary>
public sealed record LakeObject
{
    public required string Sha256 { get; init; }
    public long Seq { get; init; }
    public required string OriginalName { get; init; }
    public required long Bytes { get; init; }
    public required DateTimeOffset LandedAtUtc { get; init; }
    public required DateOnly IngestDate { get; init; }
    public required string RunId { get; init; }
    public required LakeObjectStatus Status { get; init; }
    public required string SourceHint { get; init; }
    public required string LandingKey { get; init; }
    public string? Source { get; init; }
    public string? Dataset { get; init; }
    public string? Format { get; init; }
    public string? Encoding { get; init; }
    public string? HeaderFingerprint { get; init; }
    public string? RawKey { get; init; }
    public string? StagingKey { get; init; }
    public string? QuarantineKey { get; init; }
    public string? ReasonCode { get; init; }
    public string? Reason { get; init; }
    public long? RowCount { get; init; }
    public long? RejectedCount { get; init; }
}
