namespace Ecosystem.DataLake.Datasets.LinkDaily;

/// <summary>
/// One day of a link-in-bio page (Linktree): the whole profile (<see cref="Link"/> null) or one link on it. Unique
/// views and unique clicks count people and are never summed over days.
/// </summary>
public sealed class LinkDay : ILakeRow
{
    public string Source { get; set; } = string.Empty;
    public DateOnly Date { get; set; }
    public string? Profile { get; set; }
    public string? Link { get; set; }
    public long? Views { get; set; }
    public long? UniqueViews { get; set; }
    public long? Clicks { get; set; }
    public long? UniqueClicks { get; set; }
    public long LineNo { get; set; }
    public int Occurrence { get; set; }
    public string SourceSha256 { get; set; } = string.Empty;
    public string RunId { get; set; } = string.Empty;
}
