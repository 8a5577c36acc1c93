using System.Text.Json;
using System.Xml;
using Ecosystem.DataLake.Datasets;
using Ecosystem.DataLake.Datasets.SocialPosts;
using Ecosystem.DataLake.Formats;
using Ecosystem.DataLake.Formats.Json;

namespace Ecosystem.DataLake.Sources.YouTube;

/// <summary>
/// YouTube Data API v3 <c>videos</c> response (SOURCES.md §11a): <c>statistics</c> counts as strings
/// (<c>dislikeCount</c> no longer public), <c>contentDetails.duration</c> as ISO-8601 (<c>PT3M21S</c>). Into
/// <c>social_post</c> as the snapshot of the day it landed (lifetime counts grow).
/// </summary>
public sealed class YouTubeVideosHandler : JsonSourceHandler<SocialPost>
{
    public const string FormatId = "youtube.data_api_videos";

    public override string Source => YouTubeAnalyticsHandler.SourceId;

    public override string Format => FormatId;

    public override DatasetContract<SocialPost> Contract => SocialPostContract.Instance;

    public override FormatMatch Match(JsonShape shape) =>
        shape.HasAll("kind", "items[].id", "items[].statistics.viewCount") && !shape.Has("items[].statistics.videoCount")
            ? FormatMatch.Of("video-statistics")
            : FormatMatch.None;

    protected override IEnumerable<ParsedRow<SocialPost>> Parse(JsonElement root, ParseContext context)
    {
        if (JsonValues.Text(root, "kind") != "youtube#videoListResponse" || JsonValues.Property(root, "items") is not { ValueKind: JsonValueKind.Array } items)
        {
            throw new InvalidDataException("Not a youtube#videoListResponse.");
        }

        var day = context.LandedOn ?? throw new InvalidDataException("A videos snapshot needs the day it was taken: the landing day is unknown.");
        long index = 0;
        foreach (var video in items.EnumerateArray())
        {
            index++;
            var id = JsonValues.Text(video, "id");
            if (string.IsNullOrEmpty(id))
            {
                yield return Reject(video, index, "the video has no id");
                continue;
            }

            var iso = JsonValues.Text(video, "contentDetails.duration");
            if (!TryDuration(iso, out var duration))
            {
                yield return Reject(video, index, $"duration '{iso}' is not an ISO-8601 duration");
                continue;
            }

            var post = new SocialPost
            {
                Source = YouTubeAnalyticsHandler.SourceId,
                Platform = YouTubeAnalyticsHandler.Platform,
                Account = JsonValues.Text(video, "snippet.channelTitle"),
                PostId = id,
                AsOf = day,
                Title = JsonValues.Text(video, "snippet.title"),
                Url = $"https://www.youtube.com/watch?v={id}",
                PostType = "video",
                PublishedDate = JsonValues.TryDate(JsonValues.Text(video, "snippet.publishedAt"), out var published) ? published : null,
                PublishedLocal = JsonValues.Text(video, "snippet.publishedAt"),
                DurationSeconds = duration,
                LineNo = index,
                SourceSha256 = context.SourceSha256,
                RunId = context.RunId,
            };
            (string Path, Action<long?> Set)[] counts =
                [("statistics.viewCount", v => post.Views = v), ("statistics.likeCount", v => post.Likes = v), ("statistics.commentCount", v => post.Comments = v), ("statistics.favoriteCount", v => post.Saves = v)];
            string? bad = null;
            foreach (var (path, set) in counts)
            {
                if (!JsonValues.TryNonNegativeCount(video, path, out var value))
                {
                    bad = $"{path} '{JsonValues.Text(video, path)}' is not a count";
                    break;
                }

                set(value);
            }

            yield return bad is null ? ParsedRow<SocialPost>.Accepted(post) : Reject(video, index, bad);
        }
    }

    /// <summary>An ISO-8601 duration (<c>PT3M21S</c>) in whole seconds; an absent one is null.</summary>
    private static bool TryDuration(string? iso, out long? seconds)
    {
        seconds = null;
        if (string.IsNullOrEmpty(iso))
        {
            return true;
        }

        try
        {
            seconds = (long)XmlConvert.ToTimeSpan(iso).TotalSeconds;
            return true;
        }
        catch (FormatException)
        {
            return false;
        }
    }
}
