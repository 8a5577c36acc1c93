namespace Ecosystem.DataLake.Datasets.SocialPosts;

/// <summary>
/// One post or video as a platform's content export describes it on the day it landed (<see cref="AsOf"/>): lifetime
/// counters grow, so each day's export is a snapshot of its own and the history of a post's numbers is kept. Counts a
/// platform abbreviated (TikTok's <c>1.2K</c>) are expanded and <see cref="CountsRounded"/> says so.
/// </summary>
public sealed class SocialPost : ILakeRow
{
    public string Source { get; set; } = string.Empty;
    public string Platform { get; set; } = string.Empty;
    public string? Account { get; set; }
    public string PostId { get; set; } = string.Empty;
    public DateOnly AsOf { get; set; }
    public string? Title { get; set; }
    public string? Url { get; set; }
    public string? PostType { get; set; }
    public DateOnly? PublishedDate { get; set; }

    /// <summary>The publish time as the export wrote it, in the account's time zone (<c>2026-08-01 18:30</c>).</summary>
    public string? PublishedLocal { get; set; }
    public long? DurationSeconds { get; set; }
    public long? Views { get; set; }
    public long? Reach { get; set; }
    public long? Likes { get; set; }
    public long? Comments { get; set; }
    public long? Shares { get; set; }
    public long? Saves { get; set; }
    public long? Follows { get; set; }
    public decimal? AverageWatchSeconds { get; set; }

    /// <summary>Share of views watched to the end, as a fraction from 0 to 1.</summary>
    public decimal? WatchedFullShare { get; set; }
    public bool CountsRounded { get; set; }
    public long LineNo { get; set; }
    public int Occurrence { get; set; }
    public string SourceSha256 { get; set; } = string.Empty;
    public string RunId { get; set; } = string.Empty;
}
