using System.Text.Json;
using Ecosystem.DataLake.Datasets;
using Ecosystem.DataLake.Datasets.SocialDaily;
using Ecosystem.DataLake.Formats;
using Ecosystem.DataLake.Formats.Json;

namespace Ecosystem.DataLake.Sources.YouTube;

/// <summary>
/// YouTube Analytics API v2 result table (SOURCES.md §11b) with the <c>day</c> dimension: <c>columnHeaders</c> name the
/// positional <c>rows</c>. Each day's count metrics become <c>social_daily</c> rows (views, likes, comments, shares,
/// watch minutes, subscribers gained and lost); averages and money are not daily counts and are left out. A table
/// without <c>rows</c> (no data yet) has no rows; one without the <c>day</c> dimension is a variant.
/// </summary>
public sealed class YouTubeAnalyticsHandler : JsonSourceHandler<SocialDay>
{
    public const string SourceId = "youtube";
    public const string FormatId = "youtube.analytics_report";
    public const string Platform = "YouTube";

    private static readonly Dictionary<string, string> Metrics = new(StringComparer.Ordinal)
    {
        ["views"] = SocialMetrics.Views,
        ["likes"] = SocialMetrics.Likes,
        ["comments"] = SocialMetrics.Comments,
        ["shares"] = SocialMetrics.Shares,
        ["estimatedMinutesWatched"] = SocialMetrics.WatchMinutes,
        ["subscribersGained"] = SocialMetrics.Follows,
        ["subscribersLost"] = SocialMetrics.Unfollows,
    };

    public override string Source => SourceId;

    public override string Format => FormatId;

    public override DatasetContract<SocialDay> Contract => SocialDailyContract.Instance;

    public override FormatMatch Match(JsonShape shape) =>
        shape.HasAll("kind", "columnHeaders[].name", "columnHeaders[].columnType") ? FormatMatch.Of("result-table") : FormatMatch.None;

    protected override IEnumerable<ParsedRow<SocialDay>> Parse(JsonElement root, ParseContext context)
    {
        if (JsonValues.Text(root, "kind") != "youtubeAnalytics#resultTable" || JsonValues.Property(root, "columnHeaders") is not { ValueKind: JsonValueKind.Array } headers)
        {
            throw new InvalidDataException("Not a youtubeAnalytics#resultTable.");
        }

        var names = headers.EnumerateArray().Select(header => JsonValues.Text(header, "name") ?? string.Empty).ToList();
        var day = names.IndexOf("day");
        if (day < 0 || headers.EnumerateArray().Count(header => JsonValues.Text(header, "columnType") == "DIMENSION") != 1)
        {
            throw new InvalidDataException($"The report's only dimension must be 'day' (columns: {string.Join(", ", names)}); per-video or per-country reports are not daily account totals.");
        }

        if (JsonValues.Property(root, "rows") is not { ValueKind: JsonValueKind.Array } rows)
        {
            yield break; // YouTube leaves "rows" out when there is no data
        }

        var seen = new HashSet<DateOnly>();
        long index = 0;
        foreach (var row in rows.EnumerateArray())
        {
            index++;
            var cells = row.EnumerateArray().ToList();
            if (cells.Count != names.Count || !JsonValues.TryDate(cells[day].GetString(), out var date))
            {
                yield return Reject(row, index, $"expected {names.Count} cells starting with a day");
                continue;
            }

            if (!seen.Add(date))
            {
                yield return Reject(row, index, $"day {cells[day].GetString()} appears twice in the report");
                continue;
            }

            for (var i = 0; i < names.Count; i++)
            {
                if (!Metrics.TryGetValue(names[i], out var metric))
                {
                    continue;
                }

                if (cells[i].ValueKind != JsonValueKind.Number || !cells[i].TryGetInt64(out var value))
                {
                    yield return Reject(row, index, $"{names[i]} '{cells[i].GetRawText()}' is not a whole number");
                    break;
                }

                yield return ParsedRow<SocialDay>.Accepted(new SocialDay
                {
                    Source = SourceId,
                    Platform = Platform,
                    Date = date,
                    Metric = metric,
                    Value = value,
                    LineNo = index,
                    SourceSha256 = context.SourceSha256,
                    RunId = context.RunId,
                });
            }
        }
    }
}
