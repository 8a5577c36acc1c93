using System.Text.Json;
using Ecosystem.DataLake.Datasets;
using Ecosystem.DataLake.Datasets.LinkDaily;
using Ecosystem.DataLake.Formats;
using Ecosystem.DataLake.Formats.Json;

namespace Ecosystem.DataLake.Sources.Linktree;

/// <summary>
/// Linktree analytics as the admin page loads it (PORTALS.md, Linktree): a GraphQL response with
/// <c>data.getAccountAnalytics.overview.timeseries[]</c> of <c>date, totalViews, uniqueViews, totalClicks,
/// uniqueClicks, clickThroughRate</c>. Profile-level days into <c>link_daily</c>; the click-through rate is recomputed
/// from the counts, never stored. A GraphQL <c>errors</c> array (even beside partial data) makes the file unparseable with its messages.
/// </summary>
public sealed class LinktreeAnalyticsHandler : JsonSourceHandler<LinkDay>
{
    public const string SourceId = "linktree";
    public const string FormatId = "linktree.analytics_graphql";
    private const string Timeseries = "data.getAccountAnalytics.overview.timeseries";

    public override string Source => SourceId;

    public override string Format => FormatId;

    public override DatasetContract<LinkDay> Contract => LinkDailyContract.Instance;

    public override FormatMatch Match(JsonShape shape) =>
        shape.HasAll($"{Timeseries}[].date", $"{Timeseries}[].totalViews") ? FormatMatch.Of("overview-timeseries") : FormatMatch.None;

    protected override IEnumerable<ParsedRow<LinkDay>> Parse(JsonElement root, ParseContext context)
    {
        // GraphQL sends "errors" beside whatever partial data it had: partial analytics are not stored as complete days.
        if (JsonValues.Property(root, "errors") is { ValueKind: JsonValueKind.Array } errors && errors.GetArrayLength() > 0)
        {
            throw new InvalidDataException($"The Linktree response carries errors: {string.Join("; ", errors.EnumerateArray().Select(error => JsonValues.Text(error, "message")))}.");
        }

        if (JsonValues.Path(root, Timeseries) is not { ValueKind: JsonValueKind.Array } days)
        {
            throw new InvalidDataException("The Linktree response holds no analytics timeseries.");
        }

        var profile = JsonValues.Text(root, "data.getAccountAnalytics.username") ?? JsonValues.Text(root, "data.getAccountAnalytics.profile");
        var seen = new HashSet<DateOnly>();
        long index = 0;
        foreach (var day in days.EnumerateArray())
        {
            index++;
            var dateText = JsonValues.Text(day, "date");
            if (!JsonValues.TryDate(dateText, out var date))
            {
                yield return Reject(day, index, $"date '{dateText}' is not a date");
                continue;
            }

            if (!seen.Add(date))
            {
                yield return Reject(day, index, $"date {dateText} appears twice in the file");
                continue;
            }

            var row = new LinkDay { Source = SourceId, Date = date, Profile = profile, LineNo = index, SourceSha256 = context.SourceSha256, RunId = context.RunId };
            string? bad = null;
            foreach (var (field, set) in Counts)
            {
                if (!JsonValues.TryNonNegativeCount(day, field, out var value))
                {
                    bad = $"{field} '{JsonValues.Text(day, field)}' is not a count";
                    break;
                }

                set(row, value);
            }

            yield return bad is null ? ParsedRow<LinkDay>.Accepted(row) : Reject(day, index, bad);
        }
    }

    private static readonly (string Field, Action<LinkDay, long?> Set)[] Counts =
    [
        ("totalViews", (row, value) => row.Views = value),
        ("uniqueViews", (row, value) => row.UniqueViews = value),
        ("totalClicks", (row, value) => row.Clicks = value),
        ("uniqueClicks", (row, value) => row.UniqueClicks = value),
    ];
}
