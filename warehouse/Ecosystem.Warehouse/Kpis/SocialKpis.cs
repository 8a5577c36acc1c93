using Ecosystem.Warehouse.Loading;
using Ecosystem.Warehouse.Schema;
using static Ecosystem.Warehouse.Kpis.KpiUnits;

namespace Ecosystem.Warehouse.Kpis;

/// <summary>KPIs 21–23 from the daily social metrics (long form: one row per platform, day and metric).</summary>
internal static class SocialKpis
{
    public static IEnumerable<Kpi> Compute(KpiContext c)
    {
        var rows = SqlQuery.List(c.Connection, """
            SELECT p.name, s.source, s.date, s.metric, SUM(s.value) FROM social_daily s JOIN platform p ON p.id = s.platform_id
            GROUP BY p.name, s.source, s.date, s.metric
            """, r => (Platform: r.GetString(0), Source: r.GetString(1), Date: SqlValues.ParseDate(r.GetString(2)), Metric: r.GetString(3), Value: r.GetInt64(4)));

        long Sum(string platform, string metric, DateOnly from, DateOnly to) =>
            rows.Where(r => r.Platform == platform && r.Metric == metric && r.Date >= from && r.Date <= to).Sum(r => r.Value);
        DateOnly? Latest(string platform) => rows.Where(r => r.Platform == platform).Select(r => r.Date).DefaultIfEmpty().Max() is { } d && d != default ? d : null;
        IEnumerable<string> Sources(string platform) => rows.Where(r => r.Platform == platform).Select(r => r.Source);

        if (Latest("TikTok") is { } t)
        {
            var views = Sum("TikTok", "views", t.AddDays(-6), t);
            var engaged = Sum("TikTok", "likes", t.AddDays(-6), t) + Sum("TikTok", "comments", t.AddDays(-6), t) + Sum("TikTok", "shares", t.AddDays(-6), t);
            yield return Kpi.Of(21, "tiktok_views_7d", "TikTok views (7 days) and engagement rate", views, Views, t, Sum("TikTok", "views", t.AddDays(-13), t.AddDays(-7)), Sources("TikTok"),
                [new KpiItem("engagement rate", Kpi.Round(Kpi.Ratio(engaged, views, 100m), 2), Percent)], "engagement = (likes + comments + shares) / views");
        }
        else
        {
            yield return Kpi.Of(21, "tiktok_views_7d", "TikTok views (7 days) and engagement rate", null, Views, null, null, []);
        }

        var changes = new List<KpiItem>();
        DateOnly? asOf = null;
        foreach (var platform in new[] { "TikTok", "Instagram" })
        {
            if (Latest(platform) is not { } d)
            {
                continue;
            }

            asOf = asOf is { } a && a > d ? a : d;
            var from = d.AddDays(-27);
            long change = rows.Any(r => r.Platform == platform && r.Metric == "followers_delta")
                ? Sum(platform, "followers_delta", from, d)
                : Sum(platform, "follows", from, d) - Sum(platform, "unfollows", from, d);
            changes.Add(new KpiItem(platform, change, Followers));
        }

        yield return Kpi.Of(22, "social_follower_change", "TikTok and Instagram follower change (28 days)", changes.Count == 0 ? null : changes.Sum(i => i.Value), Followers, asOf, null,
            Sources("TikTok").Concat(Sources("Instagram")), changes);

        if (Latest("YouTube") is { } y)
        {
            var subscribers = Sum("YouTube", "follows", y.AddDays(-27), y) - Sum("YouTube", "unfollows", y.AddDays(-27), y);
            yield return Kpi.Of(23, "youtube", "YouTube views and subscribers (28 days)", Sum("YouTube", "views", y.AddDays(-27), y), Views, y, Sum("YouTube", "views", y.AddDays(-55), y.AddDays(-28)), Sources("YouTube"),
                [new KpiItem("net new subscribers", subscribers, Followers)]);
        }
        else
        {
            yield return Kpi.Of(23, "youtube", "YouTube views and subscribers (28 days)", null, Views, null, null, []);
        }
    }
}
