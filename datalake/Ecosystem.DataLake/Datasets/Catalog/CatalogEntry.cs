namespace Ecosystem.DataLake.Datasets.Catalog;

/// <summary>
/// What a catalogue source says about an artist, a release or a track on the day it was asked
/// (<see cref="AsOf"/>): identifiers (Spotify id, MusicBrainz id, ISRC, UPC), names, release facts, and the source's
/// own popularity figures (Last.fm listeners and plays, Spotify followers where the API still gives them). Figures
/// are snapshots: each day asked is its own row, so their history is kept, never overwritten.
/// </summary>
public sealed class CatalogEntry : ILakeRow
{
    public string Source { get; set; } = string.Empty;

    /// <summary><c>artist</c>, <c>release</c> or <c>track</c>.</summary>
    public string Kind { get; set; } = string.Empty;
    public string Id { get; set; } = string.Empty;
    public DateOnly AsOf { get; set; }
    public string Name { get; set; } = string.Empty;
    public string? Artist { get; set; }
    public string? Release { get; set; }
    public string? Isrc { get; set; }
    public string? Upc { get; set; }
    public string? Mbid { get; set; }
    public DateOnly? ReleaseDate { get; set; }

    /// <summary><c>year</c>, <c>month</c> or <c>day</c>: Spotify gives some release dates only to the year or month.</summary>
    public string? ReleaseDatePrecision { get; set; }
    public string? ReleaseType { get; set; }
    public long? TotalTracks { get; set; }
    public long? DurationMs { get; set; }
    public long? Followers { get; set; }
    public long? Popularity { get; set; }
    public long? Listeners { get; set; }
    public long? Playcount { get; set; }
    public string? Tags { get; set; }
    public long LineNo { get; set; }
    public int Occurrence { get; set; }
    public string SourceSha256 { get; set; } = string.Empty;
    public string RunId { get; set; } = string.Empty;
}
