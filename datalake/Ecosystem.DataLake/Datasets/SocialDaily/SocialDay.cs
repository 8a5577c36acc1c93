namespace Ecosystem.DataLake.Datasets.SocialDaily;

/// <summary>
/// One metric of one day of a social account (TikTok Studio, Instagram, YouTube), in long form: each export
/// contributes the metrics it has (TikTok's Overview views and likes, its FollowerHistory followers, Instagram's one
/// metric per file), and a newer export of a metric replaces exactly that metric's days. <see cref="SocialMetrics"/>
/// names the metrics; running totals (followers) and daily counts (views) are different metrics, never summed together.
/// </summary>
public sealed class SocialDay : ILakeRow
{
    public string Source { get; set; } = string.Empty;
    public string Platform { get; set; } = string.Empty;
    public string? Account { get; set; }
    public DateOnly Date { get; set; }
    public string Metric { get; set; } = string.Empty;
    public long Value { get; set; }
    public long LineNo { get; set; }
    public int Occurrence { get; set; }
    public string SourceSha256 { get; set; } = string.Empty;
    public string RunId { get; set; } = string.Empty;
}
