using Ecosystem.DataLake.Datasets.SocialDaily;

namespace Ecosystem.DataLake.Sources.TikTok;

/// <summary>One kind of TikTok Studio daily file: its format id, the metrics it must have and those it may have.</summary>
internal sealed record TikTokDailyFile(string FormatId, IReadOnlyList<string> Required, IReadOnlyList<string> Optional)
{
    /// <summary><c>Overview.csv</c>: <c>Date,Video Views,Profile Views,Likes,Comments,Shares</c>; the older layout adds followers.</summary>
    public static TikTokDailyFile Overview { get; } = new(
        "tiktok.overview",
        [SocialMetrics.Views, SocialMetrics.ProfileViews, SocialMetrics.Likes, SocialMetrics.Comments, SocialMetrics.Shares],
        [SocialMetrics.Followers, SocialMetrics.FollowersDelta]);

    /// <summary><c>FollowerHistory.csv</c>: <c>Date,Followers,Difference in followers from previous day</c>.</summary>
    public static TikTokDailyFile FollowerHistory { get; } = new("tiktok.follower_history", [SocialMetrics.Followers, SocialMetrics.FollowersDelta], []);

    /// <summary><c>Viewers.csv</c>: <c>Date,Total Viewers,New Viewers,Returning Viewers</c>.</summary>
    public static TikTokDailyFile Viewers { get; } = new("tiktok.viewers", [SocialMetrics.Viewers, SocialMetrics.NewViewers, SocialMetrics.ReturningViewers], []);

    /// <summary>The file kind's signature: the first required metric, which no other kind requires.</summary>
    public string Signature => Required[0];
}
