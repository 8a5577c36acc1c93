namespace Ecosystem.DataLake.Datasets.AudienceDaily;

/// <summary>
/// One day of an artist's audience on a platform (Spotify for Artists audience timeline, Apple Music listeners).
/// Every metric is optional: null means the export did not have that column, never zero. <see cref="Followers"/> is a
/// running total; <see cref="MonthlyListeners"/> a rolling 28-day count: neither is ever summed over days.
/// </summary>
public sealed class AudienceDay : ILakeRow
{
    public string Source { get; set; } = string.Empty;
    public DateOnly Date { get; set; }
    public string Platform { get; set; } = string.Empty;
    public string? Artist { get; set; }
    public long? Listeners { get; set; }
    public long? MonthlyListeners { get; set; }
    public long? MonthlyActiveListeners { get; set; }
    public long? SuperListeners { get; set; }
    public long? Streams { get; set; }
    public long? PlaylistAdds { get; set; }
    public long? Saves { get; set; }
    public long? Followers { get; set; }
    public long LineNo { get; set; }
    public int Occurrence { get; set; }
    public string SourceSha256 { get; set; } = string.Empty;
    public string RunId { get; set; } = string.Empty;
}
