using Ecosystem.DataLake.Datasets.Columns;
using Ecosystem.DataLake.Zones;

namespace Ecosystem.DataLake.Datasets.SocialPosts;

/// <summary><c>social_post</c>, partitioned by the month the export landed. Natural key: source, platform, post id, as-of day.</summary>
public sealed class SocialPostContract : DatasetContract<SocialPost>
{
    public const string DatasetName = "social_post";

    public static SocialPostContract Instance { get; } = new();

    public override string Name => DatasetName;

    public override IReadOnlyList<DatasetColumn<SocialPost>> Columns { get; } =
    [
        new StringColumn<SocialPost>("source", false, r => r.Source, (r, v) => r.Source = v!),
        new StringColumn<SocialPost>("platform", false, r => r.Platform, (r, v) => r.Platform = v!),
        new StringColumn<SocialPost>("account", true, r => r.Account, (r, v) => r.Account = v),
        new StringColumn<SocialPost>("post_id", false, r => r.PostId, (r, v) => r.PostId = v!),
        new ValueColumn<SocialPost, DateOnly>("as_of", r => r.AsOf, (r, v) => r.AsOf = v),
        new StringColumn<SocialPost>("title", true, r => r.Title, (r, v) => r.Title = v),
        new StringColumn<SocialPost>("url", true, r => r.Url, (r, v) => r.Url = v),
        new StringColumn<SocialPost>("post_type", true, r => r.PostType, (r, v) => r.PostType = v),
        new NullableValueColumn<SocialPost, DateOnly>("published_date", r => r.PublishedDate, (r, v) => r.PublishedDate = v),
        new StringColumn<SocialPost>("published_local", true, r => r.PublishedLocal, (r, v) => r.PublishedLocal = v),
        new NullableValueColumn<SocialPost, long>("duration_seconds", r => r.DurationSeconds, (r, v) => r.DurationSeconds = v),
        new NullableValueColumn<SocialPost, long>("views", r => r.Views, (r, v) => r.Views = v),
        new NullableValueColumn<SocialPost, long>("reach", r => r.Reach, (r, v) => r.Reach = v),
        new NullableValueColumn<SocialPost, long>("likes", r => r.Likes, (r, v) => r.Likes = v),
        new NullableValueColumn<SocialPost, long>("comments", r => r.Comments, (r, v) => r.Comments = v),
        new NullableValueColumn<SocialPost, long>("shares", r => r.Shares, (r, v) => r.Shares = v),
        new NullableValueColumn<SocialPost, long>("saves", r => r.Saves, (r, v) => r.Saves = v),
        new NullableValueColumn<SocialPost, long>("follows", r => r.Follows, (r, v) => r.Follows = v),
        new DecimalColumn<SocialPost>("average_watch_seconds", r => r.AverageWatchSeconds, (r, v) => r.AverageWatchSeconds = v, nullable: true),
        new DecimalColumn<SocialPost>("watched_full_share", r => r.WatchedFullShare, (r, v) => r.WatchedFullShare = v, nullable: true),
        new ValueColumn<SocialPost, bool>("counts_rounded", r => r.CountsRounded, (r, v) => r.CountsRounded = v),
        new ValueColumn<SocialPost, long>("line_no", r => r.LineNo, (r, v) => r.LineNo = v),
        new ValueColumn<SocialPost, int>("occurrence", r => r.Occurrence, (r, v) => r.Occurrence = v),
        new StringColumn<SocialPost>("source_sha256", false, r => r.SourceSha256, (r, v) => r.SourceSha256 = v!),
        new StringColumn<SocialPost>("run_id", false, r => r.RunId, (r, v) => r.RunId = v!),
    ];

    public override ColumnKey<SocialPost> Key => field ??= new ColumnKey<SocialPost>(Columns, ["as_of", "source", "platform", "post_id"]);

    public override SocialPost CreateEmpty() => new();

    public override PartitionKey PartitionOf(SocialPost row) => PartitionKey.Of(row.AsOf);
}
