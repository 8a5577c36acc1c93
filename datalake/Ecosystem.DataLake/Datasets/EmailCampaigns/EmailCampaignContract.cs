using Ecosystem.DataLake.Datasets.Columns;
using Ecosystem.DataLake.Zones;

namespace Ecosystem.DataLake.Datasets.EmailCampaigns;

/// <summary><c>email_campaign</c>, partitioned by the send month. Natural key: source, campaign id.</summary>
public sealed class EmailCampaignContract : DatasetContract<EmailCampaign>
{
    public const string DatasetName = "email_campaign";

    public static EmailCampaignContract Instance { get; } = new();

    public override string Name => DatasetName;

    public override IReadOnlyList<DatasetColumn<EmailCampaign>> Columns { get; } =
    [
        new StringColumn<EmailCampaign>("source", false, r => r.Source, (r, v) => r.Source = v!),
        new StringColumn<EmailCampaign>("campaign_id", false, r => r.CampaignId, (r, v) => r.CampaignId = v!),
        new StringColumn<EmailCampaign>("title", true, r => r.Title, (r, v) => r.Title = v),
        new StringColumn<EmailCampaign>("subject", true, r => r.Subject, (r, v) => r.Subject = v),
        new StringColumn<EmailCampaign>("list_id", true, r => r.ListId, (r, v) => r.ListId = v),
        new StringColumn<EmailCampaign>("list_name", true, r => r.ListName, (r, v) => r.ListName = v),
        new ValueColumn<EmailCampaign, DateOnly>("send_date", r => r.SendDate, (r, v) => r.SendDate = v),
        new StringColumn<EmailCampaign>("send_time_utc", false, r => r.SendTimeUtc, (r, v) => r.SendTimeUtc = v!),
        new ValueColumn<EmailCampaign, long>("emails_sent", r => r.EmailsSent, (r, v) => r.EmailsSent = v),
        new NullableValueColumn<EmailCampaign, long>("hard_bounces", r => r.HardBounces, (r, v) => r.HardBounces = v),
        new NullableValueColumn<EmailCampaign, long>("soft_bounces", r => r.SoftBounces, (r, v) => r.SoftBounces = v),
        new NullableValueColumn<EmailCampaign, long>("unsubscribed", r => r.Unsubscribed, (r, v) => r.Unsubscribed = v),
        new NullableValueColumn<EmailCampaign, long>("abuse_reports", r => r.AbuseReports, (r, v) => r.AbuseReports = v),
        new NullableValueColumn<EmailCampaign, long>("opens_total", r => r.OpensTotal, (r, v) => r.OpensTotal = v),
        new NullableValueColumn<EmailCampaign, long>("unique_opens", r => r.UniqueOpens, (r, v) => r.UniqueOpens = v),
        new NullableValueColumn<EmailCampaign, long>("clicks_total", r => r.ClicksTotal, (r, v) => r.ClicksTotal = v),
        new NullableValueColumn<EmailCampaign, long>("unique_clicks", r => r.UniqueClicks, (r, v) => r.UniqueClicks = v),
        new NullableValueColumn<EmailCampaign, long>("unique_subscriber_clicks", r => r.UniqueSubscriberClicks, (r, v) => r.UniqueSubscriberClicks = v),
        new ValueColumn<EmailCampaign, long>("line_no", r => r.LineNo, (r, v) => r.LineNo = v),
        new ValueColumn<EmailCampaign, int>("occurrence", r => r.Occurrence, (r, v) => r.Occurrence = v),
        new StringColumn<EmailCampaign>("source_sha256", false, r => r.SourceSha256, (r, v) => r.SourceSha256 = v!),
        new StringColumn<EmailCampaign>("run_id", false, r => r.RunId, (r, v) => r.RunId = v!),
    ];

    public override ColumnKey<EmailCampaign> Key => field ??= new ColumnKey<EmailCampaign>(Columns, ["send_date", "source", "campaign_id"]);

    public override EmailCampaign CreateEmpty() => new();

    public override PartitionKey PartitionOf(EmailCampaign row) => PartitionKey.Of(row.SendDate);
}
