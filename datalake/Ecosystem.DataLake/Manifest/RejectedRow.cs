namespace Ecosystem.DataLake.Manifest;

/// <summary>A source row that broke its dataset's contract, with the reason and the raw text (truncated).</summary>
public sealed record RejectedRow(long LineNo, string Reason, string RawLine)
{
    public const int MaxRawLength = 500;

    public static RejectedRow Of(long lineNo, string reason, ReadOnlySpan<char> raw) =>
        new(lineNo, reason, raw.Length > MaxRawLength ? string.Concat(raw[..MaxRawLength], "…") : raw.ToString());
}
