namespace Ecosystem.DataLake.Formats;

/// <summary>What a parser needs to stamp on every row it produces.</summary>
public sealed record ParseContext(string Source, string SourceSha256, string RunId, string OriginalName)
{
    /// <summary>
    /// The UTC day the file first landed (from the manifest, so re-staging the same bytes gives the same rows). Formats
    /// that leave the year out of their dates (TikTok Studio) place their window with it when nothing better is in the file.
    /// </summary>
    public DateOnly? LandedOn { get; init; }
}
