using Ecosystem.DataLake.Datasets;
using Ecosystem.DataLake.Datasets.LinkDaily;
using Ecosystem.DataLake.Formats;
using Ecosystem.DataLake.Formats.Text;
using Sylvan.Data.Csv;

namespace Ecosystem.DataLake.Sources.Linktree;

/// <summary>
/// Linktree's daily analytics CSV (SOURCES.md §9, confidence low: only the metric names are documented):
/// <c>Date, Views, Unique Views, Clicks, Unique Clicks, Click Rate</c> (or <c>CTR</c>), columns by name, the rate
/// ignored (recomputed from the counts). Into <c>link_daily</c> at profile level.
/// </summary>
public sealed class LinktreeTimelineHandler : SourceHandler<LinkDay>
{
    public const string FormatId = "linktree.daily_csv";
    private const string Date = "date";
    private const string Views = "views";
    private const string UniqueViews = "unique views";
    private const string Clicks = "clicks";
    private const string UniqueClicks = "unique clicks";
    private const string Rate = "rate";

    private static readonly HeaderAliases Aliases = new HeaderAliases()
        .Add(Date, "en", "Date").Add(Views, "en", "Views", "Total Views").Add(UniqueViews, "en", "Unique Views")
        .Add(Clicks, "en", "Clicks", "Total Clicks").Add(UniqueClicks, "en", "Unique Clicks").Add(Rate, "en", "Click Rate", "CTR", "Click Rate (%)", "CTR (%)");

    public override string Source => LinktreeAnalyticsHandler.SourceId;

    public override string Format => FormatId;

    public override DatasetContract<LinkDay> Contract => LinkDailyContract.Instance;

    public override FormatMatch Match(HeaderSample sample)
    {
        if (CsvTableReader.FirstHeader(sample, Aliases) is not { } header)
        {
            return FormatMatch.None;
        }

        if (!header.HasAll(Date, Views, UniqueViews, Clicks, UniqueClicks))
        {
            return FormatMatch.None;
        }

        return header.Unknown.Count > 0 || header.Repeated.Count > 0
            ? FormatMatch.Variant($"unknown Linktree analytics layout (unexpected: {string.Join(", ", header.Unknown.Concat(header.Repeated))})")
            : FormatMatch.Of("daily");
    }

    public override IEnumerable<ParsedRow<LinkDay>> Parse(TextReader reader, ParseContext context)
    {
        var found = CsvTableReader.ReadHeader(reader, cells => HeaderMap.Read(cells, Aliases).HasAll(Date, Views, Clicks), maxLeadingLines: 2)
            ?? throw new InvalidDataException("No Linktree analytics header within the first lines.");
        var header = HeaderMap.Read(found.Cells, Aliases);
        var seen = new HashSet<DateOnly>();
        foreach (var (csv, lineNo) in CsvTableReader.Records(reader, found))
        {
            yield return ParseRow(csv, header, lineNo, seen, context);
        }
    }

    private static ParsedRow<LinkDay> ParseRow(CsvDataReader csv, HeaderMap header, long lineNo, HashSet<DateOnly> seen, ParseContext context)
    {
        if (csv.RowFieldCount != header.ColumnCount)
        {
            return ParsedRow<LinkDay>.Rejected(CsvRecords.Reject(csv, lineNo, $"expected {header.ColumnCount} fields as in the header, found {csv.RowFieldCount}"));
        }

        var dateText = CsvTableReader.Field(csv, header[Date]);
        if (!DateParsers.TryParseDate(dateText, DayMonthOrder.MonthFirst, out var date))
        {
            return ParsedRow<LinkDay>.Rejected(CsvRecords.Reject(csv, lineNo, $"date '{dateText}' is not a date"));
        }

        if (!seen.Add(date))
        {
            return ParsedRow<LinkDay>.Rejected(CsvRecords.Reject(csv, lineNo, $"date '{dateText}' appears twice in the file"));
        }

        var counts = new long?[4];
        string[] columns = [Views, UniqueViews, Clicks, UniqueClicks];
        for (var i = 0; i < columns.Length; i++)
        {
            var text = CsvTableReader.Field(csv, header[columns[i]]);
            if (!CountParser.TryNonNegative(text, out var value))
            {
                return ParsedRow<LinkDay>.Rejected(CsvRecords.Reject(csv, lineNo, $"{columns[i]} '{text}' is not a count"));
            }

            counts[i] = value;
        }

        return ParsedRow<LinkDay>.Accepted(new LinkDay
        {
            Source = LinktreeAnalyticsHandler.SourceId,
            Date = date,
            Views = counts[0],
            UniqueViews = counts[1],
            Clicks = counts[2],
            UniqueClicks = counts[3],
            LineNo = lineNo,
            SourceSha256 = context.SourceSha256,
            RunId = context.RunId,
        });
    }
}
