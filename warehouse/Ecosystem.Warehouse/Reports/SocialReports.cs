using Ecosystem.Warehouse.Kpis;
using Ecosystem.Warehouse.Schema;
using static Ecosystem.Warehouse.Reports.ReportKind;

namespace Ecosystem.Warehouse.Reports;

/// <summary>The Social page: views and followers per day and platform, and the posts of the latest export of each source.</summary>
internal static class SocialReports
{
    public const string Page = "social";
    public const int Days = 90;

    public static IEnumerable<ReportDefinition> Definitions { get; } =
    [
        ReportDefinition.Series("social_views_by_day", $"Views per day and platform ({Days} days)", Line, KpiUnits.Views, Page, c => MetricRows(c, "views")),
        ReportDefinition.Series("social_followers_by_day", $"Followers per day and platform ({Days} days)", Line, KpiUnits.Followers, Page, c => MetricRows(c, "followers")),
        new ReportDefinition("top_posts", "Posts in the latest export, by views", Table, KpiUnits.Views, Page,
            ["platform", "as_of", "published", "type", "title", "url", "views", "likes", "comments", "shares", "saves"], PostRows,
            "TikTok rounds large counts (12.3K); such rows carry the rounded value"),
    ];

    private static List<object?[]> MetricRows(ReportContext c, string metric) =>
        SqlQuery.List(c.Kpis.Connection, $"""
            SELECT s.date, p.name || CASE WHEN COUNT(DISTINCT s.account) > 1 THEN ' (' || COUNT(DISTINCT s.account) || ' accounts)' ELSE '' END, SUM(s.value)
            FROM social_daily s JOIN platform p ON p.id = s.platform_id
            WHERE s.metric = $metric AND s.date > (SELECT date(MAX(l.date), '-{Days} days') FROM social_daily l WHERE l.source = s.source AND l.metric = s.metric)
            GROUP BY s.date, p.name ORDER BY p.name, s.date
            """, r => new object?[] { r.GetString(0), r.GetString(1), r.GetInt64(2) }, ("$metric", metric));

    private static List<object?[]> PostRows(ReportContext c) =>
        SqlQuery.List(c.Kpis.Connection, """
            SELECT p.name, s.as_of, s.published_date, s.post_type, s.title, s.url, s.views, s.likes, s.comments, s.shares, s.saves
            FROM social_post s JOIN platform p ON p.id = s.platform_id
            WHERE s.as_of = (SELECT MAX(l.as_of) FROM social_post l WHERE l.source = s.source)
            ORDER BY COALESCE(s.views, 0) DESC, s.post_id LIMIT 200
            """, r => new object?[] { r.GetString(0), r.GetString(1), r.NullableString(2), r.NullableString(3), r.NullableString(4), r.NullableString(5), r.NullableInt64(6), r.NullableInt64(7), r.NullableInt64(8), r.NullableInt64(9), r.NullableInt64(10) });
}
