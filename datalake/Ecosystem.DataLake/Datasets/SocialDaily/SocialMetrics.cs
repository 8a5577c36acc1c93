namespace Ecosystem.DataLake.Datasets.SocialDaily;

/// <summary>The metric names of <c>social_daily</c>.</summary>
public static class SocialMetrics
{
    /// <summary>Video (or post) views that day.</summary>
    public const string Views = "views";
    public const string ProfileViews = "profile_views";
    public const string Likes = "likes";

    /// <summary>Comments that day; negative when more comments were deleted than written.</summary>
    public const string Comments = "comments";
    public const string Shares = "shares";

    /// <summary>Running total of followers at the end of the day (never summed over days).</summary>
    public const string Followers = "followers";

    /// <summary>Change in followers from the previous day (may be negative).</summary>
    public const string FollowersDelta = "followers_delta";
    public const string Viewers = "viewers";
    public const string NewViewers = "new_viewers";
    public const string ReturningViewers = "returning_viewers";

    /// <summary>Accounts reached that day (unique: never summed over days).</summary>
    public const string Reach = "reach";

    /// <summary>New follows that day.</summary>
    public const string Follows = "follows";
    public const string Interactions = "interactions";
    public const string LinkClicks = "link_clicks";

    /// <summary>Followers lost that day.</summary>
    public const string Unfollows = "unfollows";

    /// <summary>Minutes watched that day.</summary>
    public const string WatchMinutes = "watch_minutes";

    /// <summary>Lifetime views of the account as of that day (a snapshot, never summed).</summary>
    public const string LifetimeViews = "lifetime_views";

    /// <summary>Videos published on the account as of that day (a snapshot).</summary>
    public const string Videos = "videos";
}
