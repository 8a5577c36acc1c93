using Ecosystem.Warehouse.Loading;
using Ecosystem.Warehouse.Schema;
using static Ecosystem.Warehouse.Kpis.KpiUnits;

namespace Ecosystem.Warehouse.Kpis;

/// <summary>
/// KPIs 17–20 (ads: spend, CPC/CPM/CTR, cost per new follower, return on ad spend), 24 (email) and 25 (Linktree).
/// Ads use the daily rows only; the period totals an export may carry are kept apart and never added to them.
/// </summary>
internal static class MarketingKpis
{
    public static IEnumerable<Kpi> Compute(KpiContext c)
    {
        var ads = AdDay.Read(c);
        var sources = ads.Select(a => a.Source).ToList();
        if (ads.Count == 0)
        {
            yield return Kpi.Of(17, "ad_spend", "Ad spend, last 30 days", null, Usd, null, null, []);
            yield return Kpi.Of(18, "ad_efficiency", "Cost per click (30 days)", null, Usd, null, null, []);
            yield return Kpi.Of(19, "cost_per_follower", "Cost per new Spotify follower (latest campaign)", null, Usd, null, null, []);
            yield return Kpi.Of(20, "roas", "Return on ad spend, estimated (latest campaign)", null, Ratio, null, null, []);
        }
        else
        {
            var last = ads.Max(a => a.Date);
            List<AdDay> Window(DateOnly from, DateOnly to) => ads.Where(a => a.Date >= from && a.Date <= to).ToList();
            var days30 = Window(last.AddDays(-29), last);
            var prior30 = Window(last.AddDays(-59), last.AddDays(-30));
            var mtd = Window(KpiContext.MonthOf(last), last);
            var note = ads.Any(a => a.Usd is null) ? "spend without an fx rate for its day is left out" : null;
            yield return Kpi.Of(17, "ad_spend", "Ad spend, last 30 days", Spend(days30), Usd, last, prior30.Count == 0 ? null : Spend(prior30), sources,
                [new KpiItem("month to date", Spend(mtd), Usd)], note);

            var spend = days30.Sum(a => a.Usd ?? 0m);
            var impressions = days30.Sum(a => a.Impressions);
            var clicks = days30.Sum(a => a.LinkClicks);
            yield return Kpi.Of(18, "ad_efficiency", "Cost per click (30 days)", Kpi.Round(Kpi.Ratio(spend, clicks), 4), Usd, last, null, sources,
                [
                    new KpiItem("CPC", Kpi.Round(Kpi.Ratio(spend, clicks), 4), Usd),
                    new KpiItem("CPM", Kpi.Round(Kpi.Ratio(spend, impressions, 1000m), 4), Usd),
                    new KpiItem("CTR", Kpi.Round(Kpi.Ratio(clicks, impressions, 100m), 4), Percent),
                ], "ratios of 30-day sums");

            var campaign = ads.GroupBy(a => a.Campaign).OrderByDescending(g => g.Max(a => a.Date)).ThenBy(g => g.Key, StringComparer.Ordinal).First();
            var (start, end) = (campaign.Min(a => a.Date), campaign.Max(a => a.Date));
            var campaignSpend = campaign.Sum(a => a.Usd ?? 0m);
            yield return CostPerFollower(c, campaign.Key, start, end, campaignSpend, sources);
            yield return ReturnOnAdSpend(c, campaign.Key, start, end, campaignSpend, sources);
        }

        yield return Email(c);
        yield return Linktree(c);
    }

    private static Kpi CostPerFollower(KpiContext c, string campaign, DateOnly start, DateOnly end, decimal spend, List<string> sources)
    {
        var followers = SqlQuery.List(c.Connection, """
            SELECT a.date, SUM(a.followers) FROM audience_daily a JOIN platform p ON p.id = a.platform_id
            WHERE p.name = 'Spotify' AND a.followers IS NOT NULL AND a.date IN ($before, $end) GROUP BY a.date
            """, r => (SqlValues.ParseDate(r.GetString(0)), r.GetInt64(1)), ("$before", SqlValues.Date(start.AddDays(-1))), ("$end", SqlValues.Date(end)))
            .ToDictionary(p => p.Item1, p => p.Item2);
        long? gain = followers.TryGetValue(start.AddDays(-1), out var before) && followers.TryGetValue(end, out var after) ? after - before : null;
        var value = gain > 0 ? Kpi.Round(spend / gain, 4) : null;
        return Kpi.Of(19, "cost_per_follower", "Cost per new Spotify follower (latest campaign)", value, Usd, end, null, sources.Append("spotify_for_artists"),
            [new KpiItem("spend", Math.Round(spend, 2), Usd), new KpiItem("new followers", gain, Followers)],
            gain is null ? "no Spotify follower count for the campaign's first and last days" : gain <= 0 ? "no follower gain during the campaign" : $"{campaign}, {start:yyyy-MM-dd} to {end:yyyy-MM-dd}");
    }

    /// <summary>Streams during the campaign beyond the same number of days before it, priced at the last three reported months' rate.</summary>
    private static Kpi ReturnOnAdSpend(KpiContext c, string campaign, DateOnly start, DateOnly end, decimal spend, List<string> sources)
    {
        var days = end.DayNumber - start.DayNumber + 1;
        var during = c.Streams.Sum(start, end);
        var before = c.Streams.Sum(start.AddDays(-days), start.AddDays(-1));
        var royalties = c.Royalties.Where(r => !r.IsDirect && r.UnitKind == "stream" && r.Usd is not null).ToList();
        var lastMonth = royalties.Count == 0 ? (DateOnly?)null : royalties.Max(r => r.SaleMonth);
        var recent = royalties.Where(r => r.SaleMonth > lastMonth?.AddMonths(-3)).ToList();
        var rate = Kpi.Ratio(recent.Sum(r => r.Usd), recent.Sum(r => r.Quantity));
        var revenue = rate * (during - before);
        return Kpi.Of(20, "roas", "Return on ad spend, estimated (latest campaign)", Kpi.Round(Kpi.Ratio(revenue, spend), 4), Ratio, end, null, sources.Concat(c.Streams.Sources),
            [new KpiItem("extra streams", during - before, Streams), new KpiItem("estimated revenue", Kpi.Round(revenue, 2), Usd), new KpiItem("spend", Math.Round(spend, 2), Usd)],
            rate is null ? "no reported rate per stream yet" : $"{campaign}: streams beyond the {days} days before, at ${Math.Round(rate.Value, 5)} per stream");
    }

    private static Kpi Email(KpiContext c)
    {
        var campaigns = SqlQuery.List(c.Connection, """
            SELECT source, send_date, send_time_utc, emails_sent - COALESCE(hard_bounces, 0) - COALESCE(soft_bounces, 0), unique_opens, unique_clicks
            FROM email_campaign ORDER BY send_date DESC, send_time_utc DESC, campaign_ref
            """, r => (Source: r.GetString(0), Date: SqlValues.ParseDate(r.GetString(1)), Delivered: r.GetInt64(3), Opens: r.NullableInt64(4), Clicks: r.NullableInt64(5)));
        if (campaigns.Count == 0)
        {
            return Kpi.Of(24, "email_rates", "Email open rate (last campaign)", null, Percent, null, null, []);
        }

        var last = campaigns[0];
        var previous = campaigns.Skip(1).FirstOrDefault();
        var trailing = campaigns.Where(x => x.Date > last.Date.AddDays(-90)).ToList();
        return Kpi.Of(24, "email_rates", "Email open rate (last campaign)", Kpi.Round(Kpi.Ratio(last.Opens, last.Delivered, 100m), 2), Percent, last.Date,
            previous.Source is null ? null : Kpi.Round(Kpi.Ratio(previous.Opens, previous.Delivered, 100m), 2), campaigns.Select(x => x.Source),
            [
                new KpiItem("click rate, last campaign", Kpi.Round(Kpi.Ratio(last.Clicks, last.Delivered, 100m), 2), Percent),
                new KpiItem("open rate, 90 days", Kpi.Round(Kpi.Ratio(trailing.Sum(x => x.Opens), trailing.Sum(x => x.Delivered), 100m), 2), Percent),
                new KpiItem("click rate, 90 days", Kpi.Round(Kpi.Ratio(trailing.Sum(x => x.Clicks), trailing.Sum(x => x.Delivered), 100m), 2), Percent),
            ], "unique opens and clicks over delivered (sent minus bounces)");
    }

    private static Kpi Linktree(KpiContext c)
    {
        var latest = SqlQuery.List(c.Connection, "SELECT MAX(date) FROM link_daily", r => r.NullableString(0)).Single();
        if (latest is null)
        {
            return Kpi.Of(25, "linktree", "Linktree views (7 days)", null, Views, null, null, []);
        }

        // Profile rows (no link) hold the profile's totals; per-link rows are only summed when there is no profile row.
        (long Views, long Clicks) Week(DateOnly to) => SqlQuery.List(c.Connection, """
            SELECT COALESCE(SUM(views), 0), COALESCE(SUM(clicks), 0) FROM link_daily l
            WHERE date > $from AND date <= $to
              AND (link = '' OR NOT EXISTS (SELECT 1 FROM link_daily p WHERE p.source = l.source AND p.date = l.date AND p.profile = l.profile AND p.link = ''))
            """, r => (r.GetInt64(0), r.GetInt64(1)), ("$from", SqlValues.Date(to.AddDays(-7))), ("$to", SqlValues.Date(to))).Single();
        var to = SqlValues.ParseDate(latest);
        var (views, clicks) = Week(to);
        var previous = Week(to.AddDays(-7));
        return Kpi.Of(25, "linktree", "Linktree views (7 days)", views, Views, to, previous.Views, ["linktree"],
            [new KpiItem("clicks", clicks, Count), new KpiItem("CTR", Kpi.Round(Kpi.Ratio(clicks, views, 100m), 2), Percent)]);
    }

    private static decimal Spend(List<AdDay> days) => Math.Round(days.Sum(a => a.Usd ?? 0m), 2);
}
