using Ecosystem.Warehouse.Kpis;
using Ecosystem.Warehouse.Schema;
using static Ecosystem.Warehouse.Reports.ReportKind;

namespace Ecosystem.Warehouse.Reports;

/// <summary>
/// The Streams and audience page: daily streams per platform (the same one-series-per-platform choice the KPIs make, so
/// overlapping sources are never added), listeners and followers per artist and platform, and the latest song table.
/// Daily series cover the last <see cref="Days"/> days each source has.
/// </summary>
internal static class AudienceReports
{
    public const string Page = "audience";
    public const int Days = 180;

    public static IEnumerable<ReportDefinition> Definitions { get; } =
    [
        ReportDefinition.Series("streams_by_day", $"Streams per day and platform ({Days} days)", Line, KpiUnits.Streams, Page, StreamRows,
            "one source per platform: the distributor's trend data where there is some, else the platform's own analytics"),
        ReportDefinition.Series("listeners_by_day", $"Monthly listeners per day, artist and platform ({Days} days)", Line, KpiUnits.Listeners, Page, c => AudienceRows(c, "COALESCE(a.monthly_listeners, a.listeners)")),
        ReportDefinition.Series("followers_by_day", $"Followers per day, artist and platform ({Days} days)", Line, KpiUnits.Followers, Page, c => AudienceRows(c, "a.followers")),
        new ReportDefinition("top_songs", "Songs in the latest analytics export", Table, KpiUnits.Streams, Page,
            ["source", "as_of", "period", "artist", "song", "release_date", "streams", "listeners", "saves"], SongRows),
    ];

    private static IEnumerable<object?[]> StreamRows(ReportContext c)
    {
        foreach (var (platform, days) in c.Kpis.Streams.ByPlatform.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            var first = days.Keys.Max().AddDays(1 - Days);
            foreach (var (date, streams) in days.Where(d => d.Key >= first))
            {
                yield return [ReportContext.Date(date), platform, streams];
            }
        }
    }

    private static List<object?[]> AudienceRows(ReportContext c, string value) =>
        SqlQuery.List(c.Kpis.Connection, $"""
            SELECT a.date, a.artist || ' · ' || p.name, SUM({value})
            FROM audience_daily a JOIN platform p ON p.id = a.platform_id
            WHERE {value} IS NOT NULL AND a.date > (SELECT date(MAX(l.date), '-{Days} days') FROM audience_daily l WHERE l.source = a.source)
            GROUP BY a.date, a.artist, p.name ORDER BY a.artist, p.name, a.date
            """, r => new object?[] { r.GetString(0), r.GetString(1), r.GetInt64(2) });

    private static List<object?[]> SongRows(ReportContext c) =>
        SqlQuery.List(c.Kpis.Connection, """
            SELECT s.source, s.as_of, s.period, s.artist, s.song, s.release_date, s.streams, s.listeners, s.saves
            FROM song_period s WHERE s.as_of = (SELECT MAX(l.as_of) FROM song_period l WHERE l.source = s.source)
            ORDER BY s.source, s.period, COALESCE(s.streams, 0) DESC, s.song
            """, r => new object?[] { r.GetString(0), r.GetString(1), r.GetString(2), r.GetString(3), r.GetString(4), r.NullableString(5), r.NullableInt64(6), r.NullableInt64(7), r.NullableInt64(8) });
}
