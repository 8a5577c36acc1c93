namespace Ecosystem.DataLake.Datasets.PlaylistPeriods;

/// <summary>
/// A playlist that carried the artist's music, with its listeners and streams over a window ending on the day the
/// list was downloaded (<see cref="AsOf"/>, <see cref="Period"/>). Windows overlap and are never summed.
/// </summary>
public sealed class PlaylistPeriod : ILakeRow
{
    public string Source { get; set; } = string.Empty;
    public string Platform { get; set; } = string.Empty;
    public string? Artist { get; set; }
    public string Period { get; set; } = string.Empty;
    public DateOnly AsOf { get; set; }
    public string Playlist { get; set; } = string.Empty;
    public string? Author { get; set; }
    public long? Listeners { get; set; }
    public long? Streams { get; set; }
    public DateOnly? DateAdded { get; set; }
    public long LineNo { get; set; }
    public int Occurrence { get; set; }
    public string SourceSha256 { get; set; } = string.Empty;
    public string RunId { get; set; } = string.Empty;
}
