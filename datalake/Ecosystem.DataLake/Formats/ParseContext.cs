namespace Ecosystem.DataLake.Formats;

/// <summary>What a parser needs to stamp on every row it produces.</summary>
public sealed record ParseContext(string Source, string SourceSha256, string RunId, string OriginalName);
