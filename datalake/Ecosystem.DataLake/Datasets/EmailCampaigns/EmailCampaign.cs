namespace Ecosystem.DataLake.Datasets.EmailCampaigns;

/// <summary>
/// One sent e-mail campaign's report (Mailchimp <c>/reports</c>): counts only. Rates are not stored — the report's
/// own rates are fractions in some fields and percentages in others — and are computed as ratios of these counts.
/// A report fetched again later (more opens) replaces the earlier one.
/// </summary>
public sealed class EmailCampaign : ILakeRow
{
    public string Source { get; set; } = string.Empty;
    public string CampaignId { get; set; } = string.Empty;
    public string? Title { get; set; }
    public string? Subject { get; set; }
    public string? ListId { get; set; }
    public string? ListName { get; set; }
    public DateOnly SendDate { get; set; }

    /// <summary>The send time in UTC, ISO-8601 (<c>2026-07-10T14:00:00Z</c>).</summary>
    public string SendTimeUtc { get; set; } = string.Empty;
    public long EmailsSent { get; set; }
    public long? HardBounces { get; set; }
    public long? SoftBounces { get; set; }
    public long? Unsubscribed { get; set; }
    public long? AbuseReports { get; set; }
    public long? OpensTotal { get; set; }
    public long? UniqueOpens { get; set; }
    public long? ClicksTotal { get; set; }
    public long? UniqueClicks { get; set; }
    public long? UniqueSubscriberClicks { get; set; }
    public long LineNo { get; set; }
    public int Occurrence { get; set; }
    public string SourceSha256 { get; set; } = string.Empty;
    public string RunId { get; set; } = string.Empty;
}
