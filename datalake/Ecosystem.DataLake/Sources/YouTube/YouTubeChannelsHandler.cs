using System.Text.Json;
using Ecosystem.DataLake.Datasets;
using Ecosystem.DataLake.Datasets.SocialDaily;
using Ecosystem.DataLake.Formats;
using Ecosystem.DataLake.Formats.Json;
using Ecosystem.DataLake.Formats.Text;

namespace Ecosystem.DataLake.Sources.YouTube;

/// <summary>
/// YouTube Data API v3 <c>channels</c> response (SOURCES.md §11a): lifetime totals as strings. They are snapshots,
/// stored on the day the response landed (never stamped onto earlier days): <c>social_daily</c> metrics
/// <c>followers</c> (subscribers, which YouTube rounds down to three significant figures and hides when the channel
/// asks), <c>lifetime_views</c> and <c>videos</c>. The account is the channel's handle, else its id.
/// </summary>
public sealed class YouTubeChannelsHandler : JsonSourceHandler<SocialDay>
{
    public const string FormatId = "youtube.data_api_channels";

    public override string Source => YouTubeAnalyticsHandler.SourceId;

    public override string Format => FormatId;

    public override DatasetContract<SocialDay> Contract => SocialDailyContract.Instance;

    public override FormatMatch Match(JsonShape shape) =>
        shape.HasAll("kind", "items[].id", "items[].statistics.viewCount", "items[].statistics.videoCount") ? FormatMatch.Of("channel-statistics") : FormatMatch.None;

    protected override IEnumerable<ParsedRow<SocialDay>> Parse(JsonElement root, ParseContext context)
    {
        if (JsonValues.Text(root, "kind") != "youtube#channelListResponse" || JsonValues.Property(root, "items") is not { ValueKind: JsonValueKind.Array } items)
        {
            throw new InvalidDataException("Not a youtube#channelListResponse.");
        }

        var day = context.LandedOn ?? throw new InvalidDataException("A channel snapshot needs the day it was taken: the landing day is unknown.");
        long index = 0;
        foreach (var channel in items.EnumerateArray())
        {
            index++;
            var account = JsonValues.Text(channel, "snippet.customUrl") ?? JsonValues.Text(channel, "id");
            (string Path, string Metric)[] fields =
            [
                ("statistics.subscriberCount", SocialMetrics.Followers),
                ("statistics.viewCount", SocialMetrics.LifetimeViews),
                ("statistics.videoCount", SocialMetrics.Videos),
            ];
            foreach (var (path, metric) in fields)
            {
                switch (JsonValues.Count(channel, path, out var value))
                {
                    case CountParser.Result.Value when value >= 0:
                        yield return ParsedRow<SocialDay>.Accepted(new SocialDay
                        {
                            Source = YouTubeAnalyticsHandler.SourceId,
                            Platform = YouTubeAnalyticsHandler.Platform,
                            Account = account,
                            Date = day,
                            Metric = metric,
                            Value = value,
                            LineNo = index,
                            SourceSha256 = context.SourceSha256,
                            RunId = context.RunId,
                        });
                        break;
                    case CountParser.Result.Missing:
                        break; // hidden subscriber count: no value, never 0
                    default:
                        yield return Reject(channel, index, $"{path} '{JsonValues.Text(channel, path)}' is not a whole number");
                        break;
                }
            }
        }
    }
}
