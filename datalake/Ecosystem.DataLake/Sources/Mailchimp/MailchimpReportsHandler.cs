using System.Globalization;
using System.Text.Json;
using Ecosystem.DataLake.Datasets;
using Ecosystem.DataLake.Datasets.EmailCampaigns;
using Ecosystem.DataLake.Formats;
using Ecosystem.DataLake.Formats.Json;
using Ecosystem.DataLake.Formats.Text;

namespace Ecosystem.DataLake.Sources.Mailchimp;

/// <summary>
/// Mailchimp Marketing API <c>/reports</c> (SOURCES.md §10a): a page <c>{"reports":[…],"total_items":N}</c> or one
/// report. Counts into <c>email_campaign</c>; the response's rates are not stored (<c>opens.open_rate</c> is a
/// fraction, <c>list_stats</c> rates are percentages) — open and click rates are ratios of these counts, and the
/// click rate uses <c>unique_subscriber_clicks</c>, which counts people, not links.
/// </summary>
public sealed class MailchimpReportsHandler : JsonSourceHandler<EmailCampaign>
{
    public const string SourceId = "mailchimp";
    public const string FormatId = "mailchimp.reports";

    public override string Source => SourceId;

    public override string Format => FormatId;

    public override DatasetContract<EmailCampaign> Contract => EmailCampaignContract.Instance;

    public override FormatMatch Match(JsonShape shape) =>
        shape.HasAll("reports[].id", "reports[].emails_sent", "reports[].send_time") ? FormatMatch.Of("page")
        : shape.HasAll("id", "emails_sent", "send_time", "campaign_title") ? FormatMatch.Of("single")
        : FormatMatch.None;

    protected override IEnumerable<ParsedRow<EmailCampaign>> Parse(JsonElement root, ParseContext context)
    {
        IEnumerable<JsonElement> reports = JsonValues.Property(root, "reports") is { ValueKind: JsonValueKind.Array } page ? page.EnumerateArray() : [root];
        long index = 0;
        foreach (var report in reports)
        {
            index++;
            yield return ParseReport(report, index, context);
        }
    }

    private static ParsedRow<EmailCampaign> ParseReport(JsonElement report, long index, ParseContext context)
    {
        var id = JsonValues.Text(report, "id");
        if (string.IsNullOrWhiteSpace(id))
        {
            return Reject(report, index, "the report has no campaign id");
        }

        if (!JsonValues.TryUtcInstant(JsonValues.Text(report, "send_time"), out var sent))
        {
            return Reject(report, index, $"send_time '{JsonValues.Text(report, "send_time")}' is not an ISO-8601 time");
        }

        if (JsonValues.Count(report, "emails_sent", out var emailsSent) != CountParser.Result.Value || emailsSent < 0)
        {
            return Reject(report, index, $"emails_sent '{JsonValues.Text(report, "emails_sent")}' is not a count");
        }

        var row = new EmailCampaign
        {
            Source = SourceId,
            CampaignId = id,
            Title = JsonValues.Text(report, "campaign_title"),
            Subject = JsonValues.Text(report, "subject_line"),
            ListId = JsonValues.Text(report, "list_id"),
            ListName = JsonValues.Text(report, "list_name"),
            SendDate = DateOnly.FromDateTime(sent.UtcDateTime),
            SendTimeUtc = sent.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
            EmailsSent = emailsSent,
            LineNo = index,
            SourceSha256 = context.SourceSha256,
            RunId = context.RunId,
        };
        foreach (var (path, set) in Counts)
        {
            if (!JsonValues.TryNonNegativeCount(report, path, out var value))
            {
                return Reject(report, index, $"{path} '{JsonValues.Text(report, path)}' is not a count");
            }

            set(row, value);
        }

        if (row.UniqueOpens > emailsSent)
        {
            return Reject(report, index, $"opens.unique_opens {row.UniqueOpens} is more than the {emailsSent} e-mails sent");
        }

        return ParsedRow<EmailCampaign>.Accepted(row);
    }

    private static readonly (string Path, Action<EmailCampaign, long?> Set)[] Counts =
    [
        ("bounces.hard_bounces", (row, value) => row.HardBounces = value),
        ("bounces.soft_bounces", (row, value) => row.SoftBounces = value),
        ("unsubscribed", (row, value) => row.Unsubscribed = value),
        ("abuse_reports", (row, value) => row.AbuseReports = value),
        ("opens.opens_total", (row, value) => row.OpensTotal = value),
        ("opens.unique_opens", (row, value) => row.UniqueOpens = value),
        ("clicks.clicks_total", (row, value) => row.ClicksTotal = value),
        ("clicks.unique_clicks", (row, value) => row.UniqueClicks = value),
        ("clicks.unique_subscriber_clicks", (row, value) => row.UniqueSubscriberClicks = value),
    ];
}
