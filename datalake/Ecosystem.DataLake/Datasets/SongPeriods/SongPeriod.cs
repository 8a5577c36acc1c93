namespace Ecosystem.DataLake.Datasets.SongPeriods;

/// <summary>
/// A song's totals over a window that ends on the day the list was downloaded (<see cref="AsOf"/>): the last 28 days,
/// the last year, all time… (<see cref="Period"/>). Windows overlap, so rows of different periods or days are never
/// summed; each download is a snapshot of its own.
/// </summary>
public sealed class SongPeriod : ILakeRow
{
    public string Source { get; set; } = string.Empty;
    public string Platform { get; set; } = string.Empty;
    public string? Artist { get; set; }
    public string Period { get; set; } = string.Empty;
    public DateOnly AsOf { get; set; }
    public string Song { get; set; } = string.Empty;
    public string? TrackId { get; set; }
    public DateOnly? ReleaseDate { get; set; }
    public long? Listeners { get; set; }
    public long? Streams { get; set; }
    public long? Saves { get; set; }
    public long LineNo { get; set; }
    public int Occurrence { get; set; }
    public string SourceSha256 { get; set; } = string.Empty;
    public string RunId { get; set; } = string.Empty;
}
