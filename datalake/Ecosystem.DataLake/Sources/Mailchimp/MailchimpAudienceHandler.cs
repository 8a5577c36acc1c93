using Ecosystem.DataLake.Datasets;
using Ecosystem.DataLake.Datasets.EmailAudience;
using Ecosystem.DataLake.Formats;
using Ecosystem.DataLake.Formats.Text;
using Ecosystem.DataLake.Manifest;

namespace Ecosystem.DataLake.Sources.Mailchimp;

/// <summary>
/// One CSV of a Mailchimp audience export (SOURCES.md §10b; the ZIP is unpacked by the lake): subscribed, unsubscribed
/// or cleaned members, the audience's own merge fields first, then Mailchimp's system columns. Recognised by the system
/// columns (merge fields differ per audience and are allowed). Members are personal data: the parser reads only their
/// timestamps and turns the file into counts — people who opted in, unsubscribed or were cleaned per day, and the
/// members on the day the export landed. A rejected member row is recorded without its text.
/// </summary>
public abstract class MailchimpAudienceHandler : SourceHandler<EmailAudienceDay>
{
    private const string Withheld = "(member row withheld: personal data)";
    private static readonly string[] System =
        ["MEMBER_RATING", "OPTIN_TIME", "OPTIN_IP", "CONFIRM_TIME", "CONFIRM_IP", "LATITUDE", "LONGITUDE", "GMTOFF", "DSTOFF", "TIMEZONE", "CC", "REGION", "LAST_CHANGED", "LEID", "EUID", "NOTES", "TAGS"];

    private readonly string _kind;
    private readonly string? _timeColumn;
    private readonly string _dailyMetric;

    private protected MailchimpAudienceHandler(string kind, string? timeColumn, string dailyMetric)
    {
        _kind = kind;
        _timeColumn = timeColumn;
        _dailyMetric = dailyMetric;
    }

    public override string Source => MailchimpReportsHandler.SourceId;

    public override string Format => $"mailchimp.audience_{_kind}";

    public override DatasetContract<EmailAudienceDay> Contract => EmailAudienceDailyContract.Instance;

    public override FormatMatch Match(HeaderSample sample)
    {
        var first = sample.FirstContentLineIndex();
        if (first < 0)
        {
            return FormatMatch.None;
        }

        var cells = HeaderSample.SplitHeader(sample.Lines[first]).Cells.ToHashSet(StringComparer.Ordinal);
        if (!cells.Contains("LEID") || !cells.Contains("EUID") || !cells.Contains("OPTIN_TIME"))
        {
            return FormatMatch.None;
        }

        var kind = cells.Contains("UNSUB_TIME") ? "unsubscribed" : cells.Contains("CLEAN_TIME") ? "cleaned" : "subscribed";
        if (kind != _kind)
        {
            return FormatMatch.None;
        }

        var missing = System.Where(column => !cells.Contains(column)).ToList();
        return missing.Count > 0 ? FormatMatch.Variant($"Mailchimp audience export without its system columns: {string.Join(", ", missing)}") : FormatMatch.Of(kind);
    }

    public override IEnumerable<ParsedRow<EmailAudienceDay>> Parse(TextReader reader, ParseContext context)
    {
        var asOf = context.LandedOn ?? throw new InvalidDataException("The member count is the list on the day it was exported, and the landing day is unknown.");
        var found = CsvTableReader.ReadHeader(reader, cells => cells.Contains("LEID") && cells.Contains("EUID"), maxLeadingLines: 2)
            ?? throw new InvalidDataException("No Mailchimp audience header within the first lines.");
        var time = _timeColumn is null ? -1 : IndexOf(found.Cells, _timeColumn);
        var optin = IndexOf(found.Cells, "OPTIN_TIME");
        var confirm = IndexOf(found.Cells, "CONFIRM_TIME");
        var perDay = new SortedDictionary<DateOnly, long>();
        long members = 0;
        var rejects = new List<RejectedRow>();
        foreach (var (csv, lineNo) in CsvTableReader.Records(reader, found))
        {
            if (csv.RowFieldCount != found.Cells.Count)
            {
                rejects.Add(RejectedRow.Of(lineNo, $"expected {found.Cells.Count} fields as in the header, found {csv.RowFieldCount}", Withheld));
                continue;
            }

            // Subscribers count from their confirmation (double opt-in), else their opt-in; the others from their event.
            var stamp = time >= 0 ? CsvTableReader.Field(csv, time)
                : !CsvTableReader.Field(csv, confirm).IsEmpty ? CsvTableReader.Field(csv, confirm) : CsvTableReader.Field(csv, optin);
            if (!DateParsers.TryParseDate(stamp, DayMonthOrder.MonthFirst, out var day))
            {
                rejects.Add(RejectedRow.Of(lineNo, $"'{(time >= 0 ? _timeColumn : "OPTIN_TIME/CONFIRM_TIME")}' is not a YYYY-MM-DD HH:mm:ss time", Withheld));
                continue;
            }

            members++;
            perDay[day] = perDay.GetValueOrDefault(day) + 1;
        }

        foreach (var reject in rejects)
        {
            yield return ParsedRow<EmailAudienceDay>.Rejected(reject);
        }

        foreach (var (day, count) in perDay)
        {
            yield return Row(day, _dailyMetric, count, context);
        }

        yield return Row(asOf, $"{_kind}_members", members, context);
    }

    private static int IndexOf(IReadOnlyList<string> cells, string column)
    {
        for (var i = 0; i < cells.Count; i++)
        {
            if (string.Equals(cells[i], column, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }

    private static ParsedRow<EmailAudienceDay> Row(DateOnly day, string metric, long value, ParseContext context) =>
        ParsedRow<EmailAudienceDay>.Accepted(new EmailAudienceDay
        {
            Source = MailchimpReportsHandler.SourceId,
            Date = day,
            Metric = metric,
            Value = value,
            LineNo = 0,
            SourceSha256 = context.SourceSha256,
            RunId = context.RunId,
        });
}

/// <summary>The subscribed members of an audience export: opt-ins per day and the member count.</summary>
public sealed class MailchimpSubscribedHandler() : MailchimpAudienceHandler("subscribed", null, "opted_in");

/// <summary>The unsubscribed members of an audience export: unsubscribes per day.</summary>
public sealed class MailchimpUnsubscribedHandler() : MailchimpAudienceHandler("unsubscribed", "UNSUB_TIME", "unsubscribed");

/// <summary>The cleaned (bounced) members of an audience export: cleans per day.</summary>
public sealed class MailchimpCleanedHandler() : MailchimpAudienceHandler("cleaned", "CLEAN_TIME", "cleaned");
