namespace Ecosystem.DataLake.Datasets.RightsSplits;

/// <summary>
/// One line of the catalog-and-rights sheet a label keeps: a track (artist, title, ISRC, its release's UPC, date and
/// type) and, when the track has one, a rights holder's share for a period. A track without a split on file has one
/// line with no holder. Each sheet is the whole catalog as of the day it landed (<see cref="AsOf"/>): the newest
/// sheet is the current one, earlier ones stay as history, and a line deleted from the sheet is gone from the newest
/// version instead of lingering.
/// </summary>
public sealed class RightsSplit : ILakeRow
{
    public string Source { get; set; } = string.Empty;
    public DateOnly AsOf { get; set; }
    public string Artist { get; set; } = string.Empty;
    public string Title { get; set; } = string.Empty;
    public string? Isrc { get; set; }
    public string? Upc { get; set; }
    public DateOnly? ReleaseDate { get; set; }
    public string? ReleaseType { get; set; }
    public string? RightsHolder { get; set; }
    public decimal? SharePct { get; set; }
    public DateOnly? ValidFrom { get; set; }
    public DateOnly? ValidTo { get; set; }
    public long LineNo { get; set; }
    public int Occurrence { get; set; }
    public string SourceSha256 { get; set; } = string.Empty;
    public string RunId { get; set; } = string.Empty;
}
