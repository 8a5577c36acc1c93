using Ecosystem.Warehouse.Kpis;
using Ecosystem.Warehouse.Schema;
using static Ecosystem.Warehouse.Reports.ReportKind;

namespace Ecosystem.Warehouse.Reports;

/// <summary>
/// The Catalog and rights page: every track with its release, the splits in force today (from the newest rights sheet)
/// and its revenue; the splits themselves; and the open data-quality issues.
/// </summary>
internal static class CatalogReports
{
    public const string Page = "catalog";
    private const string CurrentSheet = RightsSheetSql.CurrentSheet;
    private static readonly string InForce = RightsSheetSql.InForceToday("s");

    public static IEnumerable<ReportDefinition> Definitions { get; } =
    [
        new ReportDefinition("catalog_tracks", "Tracks, their splits in force today and revenue (12 months)", Table, KpiUnits.Usd, Page,
            ["isrc", "title", "artist", "release", "release_date", "holders", "split_total_pct", "revenue_usd"], TrackRows,
            "split_total_pct is empty when no split is on file; anything but 100 is a data-quality issue"),
        new ReportDefinition("rights_splits", "Rights splits in the newest sheet", Table, KpiUnits.Percent, Page,
            ["isrc", "title", "artist", "holder", "share_pct", "valid_from", "valid_to", "in_force_today"], SplitRows),
        new ReportDefinition("quality_issues", "Open data-quality issues", Table, KpiUnits.Count, Page, ["severity", "rule", "entity", "message"], c =>
            SqlQuery.List(c.Kpis.Connection, """
                SELECT severity, rule, entity, message FROM quality_issue
                ORDER BY CASE severity WHEN 'error' THEN 0 WHEN 'warning' THEN 1 ELSE 2 END, rule, entity
                """, r => new object?[] { r.GetString(0), r.GetString(1), r.GetString(2), r.GetString(3) })),
    ];

    private static IEnumerable<object?[]> TrackRows(ReportContext c)
    {
        var today = ReportContext.Date(c.Kpis.Today);
        var splits = SqlQuery.List(c.Kpis.Connection, $"""
            SELECT s.track_id, COUNT(*), SUM(s.share_ppm) FROM rights_split s
            WHERE s.as_of = {CurrentSheet} AND s.track_id IS NOT NULL AND s.share_ppm IS NOT NULL AND {InForce}
            GROUP BY s.track_id
            """, r => (Track: r.GetInt64(0), Holders: r.GetInt64(1), Ppm: r.GetInt64(2)), ("$today", today)).ToDictionary(s => s.Track);
        var revenue = RevenueReports.LastTwelve(c).GroupBy(r => r.TrackId).ToDictionary(g => g.Key, g => g.Sum(r => r.Usd ?? 0m));
        return SqlQuery.List(c.Kpis.Connection, """
            SELECT t.id, t.isrc, t.title, a.name, r.title, r.release_date FROM track t
            JOIN artist_alias a ON a.id = t.artist_alias_id LEFT JOIN release r ON r.id = t.release_id ORDER BY a.name, r.release_date, t.isrc
            """, r => (Id: r.GetInt64(0), Row: new object?[] { r.GetString(1), r.GetString(2), r.GetString(3), r.NullableString(4), r.NullableString(5) }))
            .Select(t =>
            {
                var split = splits.TryGetValue(t.Id, out var s) ? s : default;
                return (object?[])[.. t.Row, split.Holders, split.Holders == 0 ? null : split.Ppm / 10_000m, Math.Round(revenue.GetValueOrDefault(t.Id), 2)];
            });
    }

    private static List<object?[]> SplitRows(ReportContext c) =>
        SqlQuery.List(c.Kpis.Connection, $"""
            SELECT s.isrc, s.title, s.artist, s.holder, s.share_ppm, NULLIF(s.valid_from, ''), s.valid_to, {InForce}
            FROM rights_split s WHERE s.as_of = {CurrentSheet} ORDER BY s.isrc, s.holder, s.valid_from
            """, r => new object?[]
            {
                r.GetString(0), r.GetString(1), r.GetString(2), r.GetString(3), r.NullableInt64(4) is { } ppm ? ppm / 10_000m : null,
                r.NullableString(5), r.NullableString(6), r.GetInt64(7) == 1 ? "yes" : "no",
            }, ("$today", ReportContext.Date(c.Kpis.Today)));
}
