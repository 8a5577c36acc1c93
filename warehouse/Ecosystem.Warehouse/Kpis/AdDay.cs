using Ecosystem.Warehouse.Loading;
using Ecosystem.Warehouse.Schema;

namespace Ecosystem.Warehouse.Kpis;

/// <summary>
/// One daily ad row in US dollars through the fx sheet (null without a rate; no spend reads as 0), as the ad KPIs and
/// the Marketing page's reports read them. Only <c>granularity = 'day'</c>: the period totals an export may carry are
/// kept apart and never added to the days.
/// </summary>
public sealed record AdDay(string Source, string Campaign, DateOnly Date, decimal? Usd, long Impressions, long LinkClicks, long Results)
{
    public static List<AdDay> Read(KpiContext c) =>
        SqlQuery.List(c.Connection, """
            SELECT source, campaign, date_start, currency, spend_nanos, COALESCE(impressions, 0), COALESCE(link_clicks, clicks, 0), COALESCE(results, 0)
            FROM ad_daily WHERE granularity = 'day'
            """, r =>
        {
            var date = SqlValues.ParseDate(r.GetString(2));
            var spend = r.NullableInt64(4);
            return new AdDay(r.GetString(0), r.GetString(1), date, spend is { } s ? c.Fx.OnDay(r.GetString(3), date, s) : 0m, r.GetInt64(5), r.GetInt64(6), r.GetInt64(7));
        });
}
