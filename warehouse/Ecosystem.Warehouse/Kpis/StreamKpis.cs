using Ecosystem.Warehouse.Loading;
using Ecosystem.Warehouse.Schema;
using static Ecosystem.Warehouse.Kpis.KpiUnits;

namespace Ecosystem.Warehouse.Kpis;

/// <summary>KPIs 1–9: streams, platform share, Spotify listeners and followers, streams per listener, top track.</summary>
internal static class StreamKpis
{
    private const string Spotify = "Spotify";
    private const string AppleMusic = "Apple Music";

    public static IEnumerable<Kpi> Compute(KpiContext c)
    {
        var s = c.Streams;
        var sources = s.Sources.ToList();
        if (s.Latest is not { } d)
        {
            yield return Kpi.Of(1, "streams_yesterday", "Streams yesterday", null, Streams, null, null, sources);
            yield return Kpi.Of(2, "streams_7d", "Streams, last 7 days", null, Streams, null, null, sources);
            yield return Kpi.Of(3, "streams_28d", "Streams, last 28 days", null, Streams, null, null, sources);
            yield return Kpi.Of(4, "streams_mtd", "Streams this month vs goal", null, Streams, null, null, sources);
            yield return Kpi.Of(5, "platform_share", "Spotify share of streams (28 days)", null, Percent, null, null, sources);
        }
        else
        {
            long? Window(DateOnly from, DateOnly to) => s.Covers(from, to) ? s.Sum(from, to) : null;
            yield return Kpi.Of(1, "streams_yesterday", "Streams yesterday", s.Sum(d, d), Streams, d, Window(d.AddDays(-1), d.AddDays(-1)), sources);
            yield return Kpi.Of(2, "streams_7d", "Streams, last 7 days", s.Sum(d.AddDays(-6), d), Streams, d, Window(d.AddDays(-13), d.AddDays(-7)), sources);
            yield return Kpi.Of(3, "streams_28d", "Streams, last 28 days vs prior 28", s.Sum(d.AddDays(-27), d), Streams, d, Window(d.AddDays(-55), d.AddDays(-28)), sources);

            var monthStart = KpiContext.MonthOf(d);
            var previousStart = monthStart.AddMonths(-1);
            var previousEnd = previousStart.AddDays(Math.Min(d.Day, DateTime.DaysInMonth(previousStart.Year, previousStart.Month)) - 1);
            var mtd = s.Sum(monthStart, d);
            var goal = c.Options.MonthlyStreamGoal;
            yield return Kpi.Of(4, "streams_mtd", "Streams this month vs goal", mtd, Streams, d, Window(previousStart, previousEnd), sources,
                [new KpiItem("goal", goal, Streams), new KpiItem("of goal", Kpi.Ratio(mtd, goal, 100m), Percent)]);

            var total = s.Sum(d.AddDays(-27), d);
            var shares = s.ByPlatform.Keys
                .Select(p => (Platform: p, Streams: s.Sum(d.AddDays(-27), d, p)))
                .ToList();
            var other = shares.Where(p => p.Platform is not (Spotify or AppleMusic)).Sum(p => p.Streams);
            yield return Kpi.Of(5, "platform_share", "Spotify share of streams (28 days)", Kpi.Ratio(shares.Where(p => p.Platform == Spotify).Sum(p => p.Streams), total, 100m), Percent, d, null, sources,
                [
                    new KpiItem(Spotify, Kpi.Ratio(shares.Where(p => p.Platform == Spotify).Sum(p => p.Streams), total, 100m), Percent),
                    new KpiItem(AppleMusic, Kpi.Ratio(shares.Where(p => p.Platform == AppleMusic).Sum(p => p.Streams), total, 100m), Percent),
                    new KpiItem("other", Kpi.Ratio(other, total, 100m), Percent),
                ]);
        }

        foreach (var kpi in Audience(c))
        {
            yield return kpi;
        }

        yield return TopTrack(c);
    }

    /// <summary>KPIs 6–8 from Spotify for Artists' audience timeline (per artist; a listener of two artists counts for each).</summary>
    private static IEnumerable<Kpi> Audience(KpiContext c)
    {
        var days = SqlQuery.List(c.Connection, """
            SELECT a.date, SUM(a.listeners), SUM(a.followers), SUM(a.streams), GROUP_CONCAT(DISTINCT a.source)
            FROM audience_daily a JOIN platform p ON p.id = a.platform_id
            WHERE p.name = 'Spotify' GROUP BY a.date ORDER BY a.date
            """, r => (Date: SqlValues.ParseDate(r.GetString(0)), Listeners: r.NullableInt64(1), Followers: r.NullableInt64(2), Streams: r.NullableInt64(3), Sources: r.GetString(4)))
            .ToDictionary(r => r.Date);
        var sources = days.Values.SelectMany(d => d.Sources.Split(',')).ToList();
        var latestListeners = days.Values.Where(d => d.Listeners is not null).Select(d => d.Date).DefaultIfEmpty().Max();
        var latestFollowers = days.Values.Where(d => d.Followers is not null).Select(d => d.Date).DefaultIfEmpty().Max();
        decimal? On(DateOnly date, Func<(DateOnly Date, long? Listeners, long? Followers, long? Streams, string Sources), long?> value) =>
            days.TryGetValue(date, out var day) ? value(day) : null;

        yield return latestListeners == default
            ? Kpi.Of(6, "spotify_listeners", "Spotify listeners (latest day)", null, Listeners, null, null, sources)
            : Kpi.Of(6, "spotify_listeners", "Spotify listeners (latest day)", On(latestListeners, d => d.Listeners), Listeners, latestListeners,
                On(latestListeners.AddDays(-28), d => d.Listeners), sources, note: "summed over the label's artists; compared with 28 days before");

        if (latestFollowers == default)
        {
            yield return Kpi.Of(7, "spotify_followers", "Spotify followers and 28-day change vs goal", null, Followers, null, null, sources);
        }
        else
        {
            var now = On(latestFollowers, d => d.Followers);
            var before = On(latestFollowers.AddDays(-28), d => d.Followers);
            var change = now - before;
            var goal = c.Options.FollowerGoal28Days;
            yield return Kpi.Of(7, "spotify_followers", "Spotify followers and 28-day change vs goal", now, Followers, latestFollowers, before, sources,
                [new KpiItem("28-day change", change, Followers), new KpiItem("goal", goal, Followers), new KpiItem("of goal", Kpi.Ratio(change, goal, 100m), Percent)]);
        }

        if (latestListeners == default)
        {
            yield return Kpi.Of(8, "streams_per_listener", "Streams per listener (28 days)", null, Ratio, null, null, sources);
        }
        else
        {
            decimal? PerListener(DateOnly to)
            {
                var window = days.Values.Where(d => d.Date > to.AddDays(-28) && d.Date <= to && d.Streams is not null && d.Listeners is not null).ToList();
                return window.Count == 0 ? null : Kpi.Ratio(window.Sum(d => d.Streams), window.Sum(d => d.Listeners));
            }

            yield return Kpi.Of(8, "streams_per_listener", "Streams per listener (28 days)", Kpi.Round(PerListener(latestListeners), 3), Ratio, latestListeners,
                Kpi.Round(PerListener(latestListeners.AddDays(-28)), 3), sources, note: "sum of daily streams over sum of daily listeners");
        }
    }

    private static Kpi TopTrack(KpiContext c)
    {
        var latest = SqlQuery.List(c.Connection, "SELECT MAX(date) FROM stream_daily WHERE granularity = 'track'", r => r.NullableString(0)).Single();
        if (latest is null)
        {
            return Kpi.Of(9, "top_track_28d", "Top track by streams (28 days)", null, Streams, null, null, []);
        }

        var to = SqlValues.ParseDate(latest);
        var tracks = SqlQuery.List(c.Connection, """
            SELECT COALESCE(t.title, s.title), s.source, SUM(s.streams) FROM stream_daily s LEFT JOIN track t ON t.id = s.track_id
            WHERE s.granularity = 'track' AND s.date > $from AND s.date <= $to
            GROUP BY COALESCE(t.id, s.title), s.source ORDER BY 3 DESC, 1 LIMIT 5
            """, r => (Title: r.GetString(0), Source: r.GetString(1), Streams: r.GetInt64(2)), ("$from", SqlValues.Date(to.AddDays(-28))), ("$to", latest));
        var top = tracks.FirstOrDefault();
        return Kpi.Of(9, "top_track_28d", "Top track by streams (28 days)", top.Title is null ? null : top.Streams, Streams, to, null, tracks.Select(t => t.Source),
            tracks.Select(t => new KpiItem($"{t.Title} ({t.Source})", t.Streams, Streams)), top.Title);
    }
}
