namespace Ecosystem.Warehouse.Lineage;

/// <summary>The curated datasets each KPI reads (with the KPI's own sources this names the partitions behind it).</summary>
public static class KpiDatasets
{
    private static readonly string[] Streams = ["stream_daily"];
    private static readonly string[] Royalties = ["royalty_line", "fx_rate"];
    private static readonly string[] Ads = ["ad_daily", "fx_rate"];
    private static readonly string[] Social = ["social_daily", "social_post"];

    private static readonly Dictionary<string, string[]> ById = new(StringComparer.Ordinal)
    {
        ["streams_yesterday"] = Streams,
        ["streams_7d"] = Streams,
        ["streams_28d"] = Streams,
        ["streams_mtd"] = Streams,
        ["platform_share"] = Streams,
        ["spotify_listeners"] = ["audience_daily"],
        ["spotify_followers"] = ["audience_daily"],
        ["streams_per_listener"] = ["stream_daily", "audience_daily"],
        ["top_track_28d"] = ["stream_daily", "song_period"],
        ["revenue_last_month"] = Royalties,
        ["revenue_t12m"] = Royalties,
        ["revenue_per_1000_streams"] = Royalties,
        ["take_home"] = ["royalty_line", "fx_rate", "rights_split"],
        ["expected_revenue"] = ["royalty_line", "fx_rate", "stream_daily"],
        ["reconciliation_variance"] = ["royalty_line", "stream_daily"],
        ["top_country"] = Royalties,
        ["ad_spend"] = Ads,
        ["ad_efficiency"] = Ads,
        ["cost_per_follower"] = ["ad_daily", "fx_rate", "audience_daily"],
        ["roas"] = ["ad_daily", "fx_rate", "royalty_line", "stream_daily"],
        ["tiktok_views_7d"] = Social,
        ["social_follower_change"] = ["social_daily", "audience_daily"],
        ["youtube"] = Social,
        ["email_rates"] = ["email_campaign", "email_audience_daily"],
        ["linktree"] = ["link_daily"],
        ["direct_sales"] = Royalties,
        ["rights_gaps"] = ["rights_split", "catalog_entry", "royalty_line"],
    };

    /// <summary>The datasets of a KPI; null means every dataset (data freshness looks at all of them).</summary>
    public static IReadOnlyList<string>? Of(string kpiId) => ById.TryGetValue(kpiId, out var datasets) ? datasets : null;

    public static bool IsKnown(string kpiId) => ById.ContainsKey(kpiId) || kpiId == "data_freshness";
}
