using Ecosystem.Warehouse.Kpis;
using Ecosystem.Warehouse.Loading;
using Ecosystem.Warehouse.Schema;
using static Ecosystem.Warehouse.Reports.ReportKind;

namespace Ecosystem.Warehouse.Reports;

/// <summary>
/// The Marketing page: ad spend per day and campaign (daily rows only; period totals are never added to them), each
/// campaign's totals and ratios of sums, email campaigns, link-in-bio clicks and expenses, money in US dollars through
/// the fx sheet.
/// </summary>
internal static class MarketingReports
{
    public const string Page = "marketing";
    private const string Unconverted = "amounts in a currency without an fx rate for their day are left out";

    public static IEnumerable<ReportDefinition> Definitions { get; } =
    [
        ReportDefinition.Series("ad_spend_by_day", "Ad spend per day and campaign", Bar, KpiUnits.Usd, Page,
            c => AdDay.Read(c.Kpis).GroupBy(a => (a.Date, a.Campaign)).OrderBy(g => g.Key.Date).ThenBy(g => g.Key.Campaign, StringComparer.Ordinal)
                .Select(g => new object?[] { ReportContext.Date(g.Key.Date), g.Key.Campaign, Math.Round(g.Sum(a => a.Usd ?? 0m), 2) }), Unconverted),
        new ReportDefinition("ad_campaigns", "Ad campaigns (daily rows)", Table, KpiUnits.Usd, Page,
            ["source", "campaign", "first_day", "last_day", "spend_usd", "impressions", "link_clicks", "results", "cpc_usd", "cpm_usd", "ctr_pct", "cost_per_result_usd"], CampaignRows, Unconverted),
        new ReportDefinition("email_campaigns", "Email campaigns", Table, KpiUnits.Percent, Page,
            ["source", "send_date", "title", "subject", "list", "sent", "delivered", "unique_opens", "open_rate_pct", "unique_clicks", "click_rate_pct", "unsubscribed"], EmailRows,
            "rates are over delivered emails (sent minus bounces)"),
        ReportDefinition.Series("link_clicks_by_day", "Link-in-bio clicks per day and profile", Line, KpiUnits.Count, Page, c =>
            SqlQuery.List(c.Kpis.Connection, """
                SELECT date, profile, SUM(COALESCE(clicks, 0)) FROM link_daily GROUP BY date, profile ORDER BY profile, date
                """, r => new object?[] { r.GetString(0), r.GetString(1), r.GetInt64(2) })),
        ReportDefinition.Series("expenses_by_month", "Expenses per month and category", Bar, KpiUnits.Usd, Page, ExpenseRows, Unconverted),
    ];

    private static IEnumerable<object?[]> CampaignRows(ReportContext c) =>
        AdDay.Read(c.Kpis).GroupBy(a => (a.Source, a.Campaign)).OrderByDescending(g => g.Max(a => a.Date)).ThenBy(g => g.Key.Campaign, StringComparer.Ordinal).Select(g =>
        {
            var spend = g.Sum(a => a.Usd ?? 0m);
            var (impressions, clicks, results) = (g.Sum(a => a.Impressions), g.Sum(a => a.LinkClicks), g.Sum(a => a.Results));
            return new object?[]
            {
                g.Key.Source, g.Key.Campaign, ReportContext.Date(g.Min(a => a.Date)), ReportContext.Date(g.Max(a => a.Date)), Math.Round(spend, 2),
                impressions, clicks, results, Kpi.Round(Kpi.Ratio(spend, clicks), 4), Kpi.Round(Kpi.Ratio(spend, impressions, 1000m), 4),
                Kpi.Round(Kpi.Ratio(clicks, impressions, 100m), 4), Kpi.Round(Kpi.Ratio(spend, results), 4),
            };
        });

    private static List<object?[]> EmailRows(ReportContext c) =>
        SqlQuery.List(c.Kpis.Connection, """
            SELECT source, send_date, title, subject, list_name, emails_sent,
                   emails_sent - COALESCE(hard_bounces, 0) - COALESCE(soft_bounces, 0), unique_opens, unique_clicks, unsubscribed
            FROM email_campaign ORDER BY send_date DESC, campaign_ref
            """, r =>
        {
            var delivered = r.GetInt64(6);
            var opens = r.NullableInt64(7);
            var clicks = r.NullableInt64(8);
            return new object?[]
            {
                r.GetString(0), r.GetString(1), r.NullableString(2), r.NullableString(3), r.NullableString(4), r.GetInt64(5), delivered,
                opens, Kpi.Round(Kpi.Ratio(opens, delivered, 100m), 2), clicks, Kpi.Round(Kpi.Ratio(clicks, delivered, 100m), 2), r.NullableInt64(9),
            };
        });

    private static IEnumerable<object?[]> ExpenseRows(ReportContext c) =>
        SqlQuery.List(c.Kpis.Connection, "SELECT date, COALESCE(NULLIF(category, ''), '(uncategorised)'), currency, amount_nanos FROM expense", r =>
            {
                var date = SqlValues.ParseDate(r.GetString(0));
                return (Month: KpiContext.MonthOf(date), Category: r.GetString(1), Usd: c.Kpis.Fx.OnDay(r.GetString(2), date, r.GetInt64(3)));
            })
            .GroupBy(e => (e.Month, e.Category)).OrderBy(g => g.Key.Month).ThenBy(g => g.Key.Category, StringComparer.Ordinal)
            .Select(g => new object?[] { ReportContext.Date(g.Key.Month), g.Key.Category, Math.Round(g.Sum(e => e.Usd ?? 0m), 2) });
}
