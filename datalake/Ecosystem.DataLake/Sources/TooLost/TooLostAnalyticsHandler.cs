using System.Text.Json;
using Ecosystem.DataLake.Datasets;
using Ecosystem.DataLake.Datasets.StreamDaily;
using Ecosystem.DataLake.Formats;
using Ecosystem.DataLake.Formats.Json;
using Ecosystem.DataLake.Formats.Text;

namespace Ecosystem.DataLake.Sources.TooLost;

/// <summary>
/// TooLost portal analytics (PORTALS.md, TooLost): the JSON the analytics page loads —
/// <c>/api/portal/analytics/spotify</c> → <c>{"streams":[{"date","streams"}]}</c> and <c>/analytics/apple/</c> →
/// <c>{"totalStreams":[{"date","streams"}]}</c>. The whole account's daily streams on that platform: <c>stream_daily</c>
/// at platform-total granularity. A re-download restates its window; days outside it stay.
/// </summary>
public sealed class TooLostAnalyticsHandler : JsonSourceHandler<StreamDay>
{
    public const string SourceId = "toolost";
    public const string FormatId = "toolost.portal_analytics";

    public override string Source => SourceId;

    public override string Format => FormatId;

    public override DatasetContract<StreamDay> Contract => StreamDailyContract.Instance;

    public override FormatMatch Match(JsonShape shape) =>
        shape.HasAll("streams[].date", "streams[].streams") ? FormatMatch.Of("spotify")
        : shape.HasAll("totalStreams[].date", "totalStreams[].streams") ? FormatMatch.Of("apple")
        : FormatMatch.None;

    protected override IEnumerable<ParsedRow<StreamDay>> Parse(JsonElement root, ParseContext context)
    {
        var (array, platform) = JsonValues.Property(root, "streams") is { ValueKind: JsonValueKind.Array } spotify ? (spotify, "Spotify")
            : JsonValues.Property(root, "totalStreams") is { ValueKind: JsonValueKind.Array } apple ? (apple, "Apple Music")
            : throw new InvalidDataException("Neither a 'streams' nor a 'totalStreams' array.");
        var seen = new HashSet<DateOnly>();
        long index = 0;
        foreach (var day in array.EnumerateArray())
        {
            index++;
            if (!JsonValues.TryDate(JsonValues.Text(day, "date"), out var date) || JsonValues.Text(day, "date")!.Length != 10)
            {
                yield return Reject(day, index, $"date '{JsonValues.Text(day, "date")}' is not a YYYY-MM-DD date");
                continue;
            }

            if (JsonValues.Count(day, "streams", out var streams) != CountParser.Result.Value || streams < 0)
            {
                yield return Reject(day, index, $"streams '{JsonValues.Text(day, "streams")}' is not a non-negative whole number");
                continue;
            }

            if (!seen.Add(date))
            {
                yield return Reject(day, index, $"date {JsonValues.Text(day, "date")} appears twice in the file");
                continue;
            }

            yield return ParsedRow<StreamDay>.Accepted(new StreamDay
            {
                Source = SourceId,
                Date = date,
                Platform = platform,
                Granularity = StreamGranularity.PlatformTotal,
                Streams = streams,
                LineNo = index,
                SourceSha256 = context.SourceSha256,
                RunId = context.RunId,
            });
        }
    }
}
