namespace Ecosystem.DataLake.Manifest;

public sealed record QuarantineRecord(
    string QuarantineKey,
    string ReasonCode,
    string Reason,
    LineageEdge Edge,
    IReadOnlyList<RejectedRow> Rejects,
    string? Source = null,
    string? Dataset = null,
    string? Format = null,
    string? Encoding = null,
    string? HeaderFingerprint = null,
    long? RowCount = null,
    long? RejectedCount = null);
