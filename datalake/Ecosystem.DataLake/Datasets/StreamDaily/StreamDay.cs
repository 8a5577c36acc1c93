namespace Ecosystem.DataLake.Datasets.StreamDaily;

/// <summary>
/// Streams (or plays) of one day from a trend report: a whole platform, an artist or one track, as the source gives
/// it (<see cref="Granularity"/>). Sources overlap (a distributor's trend, Spotify for Artists, Apple Music), so rows
/// of different sources or granularities are never added together.
/// </summary>
public sealed class StreamDay : ILakeRow
{
    public string Source { get; set; } = string.Empty;
    public DateOnly Date { get; set; }
    public string Platform { get; set; } = string.Empty;
    public string Granularity { get; set; } = string.Empty;
    public string? Artist { get; set; }
    public string? Title { get; set; }
    public string? Isrc { get; set; }
    public long Streams { get; set; }
    public long LineNo { get; set; }
    public int Occurrence { get; set; }
    public string SourceSha256 { get; set; } = string.Empty;
    public string RunId { get; set; } = string.Empty;
}
