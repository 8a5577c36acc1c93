using System.Text.Json;
using System.Text.RegularExpressions;
using Ecosystem.DataLake.Datasets;
using Ecosystem.DataLake.Datasets.StreamDaily;
using Ecosystem.DataLake.Formats;

namespace Ecosystem.DataLake.Sources.DistroKid;

/// <summary>
/// DistroKid's stats page saved as HTML (PORTALS.md, DistroKid): the Spotify page embeds an amCharts configuration
/// whose chart <c>"id":"trend365day"</c> has <c>"dataProvider":[{"category":"YYYY-MM-DD","column-1":N},…]</c>; the
/// Apple Music page has <c>var chartData = …;</c> whose longest <c>dataProvider</c> array (date key <c>category</c> or
/// <c>field</c>, count key <c>column-1</c> or <c>value</c>) is the daily series. Into <c>stream_daily</c> at
/// platform-total granularity. Each download restates the last 365 days; days before it stay.
/// </summary>
public sealed partial class DistroKidStatsPageHandler : SourceHandler<StreamDay>
{
    public const string FormatId = "distrokid.stats_page";

    /// <summary>A saved page is small; more than this is not a stats page.</summary>
    private const int MaxChars = 32 << 20;

    public override string Source => DistroKidStatementHandler.SourceId;

    public override string Format => FormatId;

    public override DatasetContract<StreamDay> Contract => StreamDailyContract.Instance;

    public override FormatMatch Match(HeaderSample sample)
    {
        var text = sample.Text;
        var isHtml = text.TrimStart().StartsWith('<') && text.Contains("<html", StringComparison.OrdinalIgnoreCase);
        if (!isHtml || !text.Contains("distrokid", StringComparison.OrdinalIgnoreCase))
        {
            return FormatMatch.None;
        }

        // The chart may sit past the sample: a DistroKid page is claimed, and the parser says if it has no chart.
        return FormatMatch.Of(text.Contains("trend365day", StringComparison.Ordinal) ? "spotify" : text.Contains("chartData", StringComparison.Ordinal) ? "applemusic" : "page");
    }

    public override IEnumerable<ParsedRow<StreamDay>> Parse(TextReader reader, ParseContext context)
    {
        var page = new System.Text.StringBuilder();
        var buffer = new char[1 << 16];
        int read;
        while ((read = reader.Read(buffer, 0, buffer.Length)) > 0)
        {
            if (page.Length + read > MaxChars)
            {
                throw new InvalidDataException("The page is larger than a DistroKid stats page can be.");
            }

            page.Append(buffer, 0, read);
        }

        var html = page.ToString();
        var (platform, points) = Spotify(html) is { } spotify ? ("Spotify", spotify)
            : Apple(html) is { } apple ? ("Apple Music", apple)
            : throw new InvalidDataException("The page has neither the Spotify trend365day chart nor Apple Music's chartData: save the stats page after its charts have loaded.");
        return Rows(points, platform, context);
    }

    private static List<(string Date, JsonElement Count)>? Spotify(string html)
    {
        var chart = Trend365().Match(html);
        if (!chart.Success)
        {
            return null;
        }

        // The chart's own dataProvider is the one nearest its id: the first after it, or the last one ending before it
        // (amCharts configurations put "id" before or after the data).
        (JsonElement Array, int Distance)? best = null;
        for (var match = DataProvider().Match(html); match.Success; match = match.NextMatch())
        {
            if (ArrayAt(html, match.Index + match.Length - 1) is not { } found)
            {
                continue;
            }

            var distance = match.Index > chart.Index ? match.Index - chart.Index : chart.Index - found.End;
            if (distance >= 0 && (best is null || distance < best.Value.Distance))
            {
                best = (found.Array, distance);
            }
        }

        return best is { } nearest ? Points(nearest.Array, ["category"], ["column-1"]) : null;
    }

    private static List<(string Date, JsonElement Count)>? Apple(string html)
    {
        var start = ChartData().Match(html);
        if (!start.Success)
        {
            return null;
        }

        List<(string, JsonElement)>? longest = null;
        for (var match = DataProvider().Match(html, start.Index); match.Success; match = match.NextMatch())
        {
            if (ArrayAt(html, match.Index + match.Length - 1) is { } found && Points(found.Array, ["category", "field"], ["column-1", "value"]) is { } points && points.Count > (longest?.Count ?? 0))
            {
                longest = points;
            }
        }

        return longest;
    }

    /// <summary>The JSON array starting at <paramref name="open"/> (a '[') and where it ends, or null when it is not valid JSON.</summary>
    private static (JsonElement Array, int End)? ArrayAt(string html, int open)
    {
        var depth = 0;
        var quoted = false;
        for (var i = open; i < html.Length; i++)
        {
            var c = html[i];
            if (quoted)
            {
                if (c == '\\')
                {
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }

                continue;
            }

            switch (c)
            {
                case '"': quoted = true; break;
                case '[': depth++; break;
                case ']' when --depth == 0:
                    try
                    {
                        using var document = JsonDocument.Parse(html.AsMemory(open, i - open + 1));
                        return (document.RootElement.Clone(), i);
                    }
                    catch (JsonException)
                    {
                        return null;
                    }
            }
        }

        return null;
    }

    private static List<(string Date, JsonElement Count)>? Points(JsonElement array, string[] dateKeys, string[] countKeys)
    {
        var points = new List<(string, JsonElement)>();
        foreach (var item in array.EnumerateArray())
        {
            var date = dateKeys.Select(key => item.ValueKind == JsonValueKind.Object && item.TryGetProperty(key, out var value) ? value : default).FirstOrDefault(value => value.ValueKind == JsonValueKind.String);
            var count = countKeys.Select(key => item.ValueKind == JsonValueKind.Object && item.TryGetProperty(key, out var value) ? value : default).FirstOrDefault(value => value.ValueKind != JsonValueKind.Undefined);
            if (date.ValueKind != JsonValueKind.String)
            {
                return null;
            }

            points.Add((date.GetString()!, count));
        }

        return points.Count == 0 ? null : points;
    }

    private static IEnumerable<ParsedRow<StreamDay>> Rows(List<(string Date, JsonElement Count)> points, string platform, ParseContext context)
    {
        var seen = new HashSet<DateOnly>();
        long index = 0;
        foreach (var (dateText, count) in points)
        {
            index++;
            var raw = $"{{\"date\":\"{dateText}\",\"count\":{(count.ValueKind == JsonValueKind.Undefined ? "null" : count.GetRawText())}}}";
            if (!Formats.Text.FieldParsers.TryParseIsoDate(dateText, out var date))
            {
                yield return ParsedRow<StreamDay>.Rejected(Manifest.RejectedRow.Of(index, $"date '{dateText}' is not a YYYY-MM-DD date", raw));
                continue;
            }

            long streams = 0;
            var valid = count.ValueKind == JsonValueKind.Number ? count.TryGetInt64(out streams)
                : count.ValueKind == JsonValueKind.String && Formats.Text.CountParser.TryParse(count.GetString(), out streams) == Formats.Text.CountParser.Result.Value;
            if (!valid || streams < 0)
            {
                yield return ParsedRow<StreamDay>.Rejected(Manifest.RejectedRow.Of(index, $"the count for {dateText} is not a non-negative whole number", raw));
                continue;
            }

            if (!seen.Add(date))
            {
                yield return ParsedRow<StreamDay>.Rejected(Manifest.RejectedRow.Of(index, $"date {dateText} appears twice in the chart", raw));
                continue;
            }

            yield return ParsedRow<StreamDay>.Accepted(new StreamDay
            {
                Source = DistroKidStatementHandler.SourceId,
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

    [GeneratedRegex("\"id\"\\s*:\\s*\"trend365day\"", RegexOptions.CultureInvariant)]
    private static partial Regex Trend365();

    [GeneratedRegex("\"dataProvider\"\\s*:\\s*\\[", RegexOptions.CultureInvariant)]
    private static partial Regex DataProvider();

    [GeneratedRegex(@"var\s+chartData\s*=", RegexOptions.CultureInvariant)]
    private static partial Regex ChartData();
}
