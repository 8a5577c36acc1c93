using Ecosystem.DataLake.Datasets;
using Ecosystem.DataLake.Datasets.SocialDaily;
using Ecosystem.DataLake.Formats;
using Ecosystem.DataLake.Formats.Text;

namespace Ecosystem.DataLake.Sources.Instagram;

/// <summary>
/// Instagram (Meta Business Suite) per-metric insights download (SOURCES.md §8b): UTF-16 LE with BOM, a <c>sep=,</c>
/// line, the metric's title in quotes (<c>"Views"</c>), then <c>"Date","Primary"</c> and one row per day
/// (<c>"2026-08-22T00:00:00","8226"</c>). The title says which metric the file holds; each day becomes one
/// <c>social_daily</c> row. An unknown title is an <c>unknown_header_variant</c> naming it.
/// </summary>
public sealed class InstagramInsightsHandler : SourceHandler<SocialDay>
{
    public const string SourceId = "instagram";
    public const string FormatId = "instagram.insights_metric";
    private const string Platform = "Instagram";
    private const int MaxLeadingLines = 4;

    /// <summary>Metric titles as Business Suite writes them (English UI), with the metric each one is.</summary>
    private static readonly Dictionary<string, string> Titles = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Views"] = SocialMetrics.Views,
        ["Reach"] = SocialMetrics.Reach,
        ["Follows"] = SocialMetrics.Follows,
        ["Interactions"] = SocialMetrics.Interactions,
        ["Link clicks"] = SocialMetrics.LinkClicks,
        ["Visits"] = SocialMetrics.ProfileViews,
        ["Profile visits"] = SocialMetrics.ProfileViews,
    };

    public override string Source => SourceId;

    public override string Format => FormatId;

    public override DatasetContract<SocialDay> Contract => SocialDailyContract.Instance;

    public override FormatMatch Match(HeaderSample sample)
    {
        string? title = null;
        var limit = Math.Min(sample.Lines.Count, MaxLeadingLines + 1);
        for (var i = 0; i < limit; i++)
        {
            var cells = HeaderSample.SplitHeader(sample.Lines[i]).Cells;
            if (IsDatePrimary(cells))
            {
                return title is null
                    ? FormatMatch.Variant("a \"Date\",\"Primary\" table without the metric's title line above it")
                    : Titles.TryGetValue(title, out var metric) ? FormatMatch.Of(metric) : FormatMatch.Variant($"unknown Instagram insights metric '{title}'");
            }

            if (!sample.Lines[i].TrimStart().StartsWith("sep=", StringComparison.OrdinalIgnoreCase) && cells.Count == 1 && cells[0].Length > 0)
            {
                title = cells[0];
            }
        }

        return FormatMatch.None;
    }

    public override IEnumerable<ParsedRow<SocialDay>> Parse(TextReader reader, ParseContext context)
    {
        string? title = null;
        var found = CsvTableReader.ReadHeader(
            reader,
            cells =>
            {
                if (IsDatePrimary(cells))
                {
                    return true;
                }

                title = cells.Count == 1 && cells[0].Length > 0 && !cells[0].StartsWith("sep=", StringComparison.OrdinalIgnoreCase) ? cells[0] : title;
                return false;
            },
            MaxLeadingLines) ?? throw new InvalidDataException("No \"Date\",\"Primary\" table within the first lines.");
        if (title is null || !Titles.TryGetValue(title, out var metric))
        {
            throw new InvalidDataException($"The file's metric title '{title}' is not a known Instagram insights metric.");
        }

        return ParseRows(reader, context, found, metric);
    }

    private static bool IsDatePrimary(IReadOnlyList<string> cells) =>
        cells.Count == 2 && cells[0].Equals("date", StringComparison.OrdinalIgnoreCase) && cells[1].Equals("primary", StringComparison.OrdinalIgnoreCase);

    private static IEnumerable<ParsedRow<SocialDay>> ParseRows(TextReader reader, ParseContext context, CsvTableHeader found, string metric)
    {
        var header = HeaderMap.Read(found.Cells, new HeaderAliases().Add("date", "en", "Date").Add("primary", "en", "Primary"));
        var seen = new HashSet<DateOnly>();
        foreach (var (csv, lineNo) in CsvTableReader.Records(reader, found))
        {
            yield return DailyCounts.Row(csv, lineNo, header, "date", "primary", DayMonthOrder.MonthFirst, seen, (date, value) => new SocialDay
            {
                Source = SourceId,
                Platform = Platform,
                Date = date,
                Metric = metric,
                Value = value,
                LineNo = lineNo,
                SourceSha256 = context.SourceSha256,
                RunId = context.RunId,
            });
        }
    }
}
