using Ecosystem.Warehouse.Kpis;
using static Ecosystem.Warehouse.Reports.ReportKind;

namespace Ecosystem.Warehouse.Reports;

/// <summary>
/// The Revenue page: royalties per month and source, per platform, per country, and the tracks that earn, in US dollars
/// through the label's fx sheet (amounts without a rate are left out, and the report says so). Direct sales (Bandcamp)
/// are their own series, never folded into a distributor's.
/// </summary>
internal static class RevenueReports
{
    public const string Page = "revenue";
    private const string Unconverted = "amounts in a currency without an fx rate for their month are left out";

    public static IEnumerable<ReportDefinition> Definitions { get; } =
    [
        ReportDefinition.Series("revenue_by_month", "Revenue per sale month and source (24 months)", Bar, KpiUnits.Usd, Page, c =>
            c.Kpis.Royalties.GroupBy(r => (r.SaleMonth, r.Source)).OrderBy(g => g.Key.SaleMonth).ThenBy(g => g.Key.Source, StringComparer.Ordinal)
                .Select(g => Row(ReportContext.Month(g.Key.SaleMonth), g.Key.Source, g.Sum(r => r.Usd ?? 0m))), Unconverted),
        ReportDefinition.Series("revenue_by_platform", "Revenue per sale month and platform (12 months)", Bar, KpiUnits.Usd, Page, c =>
            LastTwelve(c).GroupBy(r => (r.SaleMonth, r.Platform)).OrderBy(g => g.Key.SaleMonth).ThenBy(g => g.Key.Platform, StringComparer.Ordinal)
                .Select(g => Row(ReportContext.Month(g.Key.SaleMonth), g.Key.Platform, g.Sum(r => r.Usd ?? 0m))), Unconverted),
        new ReportDefinition("revenue_by_country", "Revenue per country (12 months)", Table, KpiUnits.Usd, Page, ["country", "revenue_usd", "share_pct"], CountryRows, Unconverted),
        new ReportDefinition("top_tracks", "Tracks by revenue (12 months)", Table, KpiUnits.Usd, Page, ["isrc", "title", "artist", "release", "units", "revenue_usd"], TrackRows, Unconverted),
    ];

    private static object?[] Row(string period, string series, decimal usd) => [period, series, Math.Round(usd, 2)];

    /// <summary>The royalty aggregate of the 12 sale months up to the latest reported one (every report's "12 months").</summary>
    public static IEnumerable<RoyaltyMonth> LastTwelve(ReportContext c)
    {
        var royalties = c.Kpis.Royalties;
        if (royalties.Count == 0)
        {
            return [];
        }

        var first = royalties.Max(r => r.SaleMonth).AddMonths(-11);
        return royalties.Where(r => r.SaleMonth >= first);
    }

    private static IEnumerable<object?[]> CountryRows(ReportContext c)
    {
        var countries = c.Kpis.Countries;
        if (countries.Count == 0)
        {
            return [];
        }

        var first = countries.Max(r => r.SaleMonth).AddMonths(-11);
        var totals = countries.Where(r => r.SaleMonth >= first).GroupBy(r => r.Country)
            .Select(g => (Country: g.Key.Length == 0 ? "(unknown)" : g.Key, Usd: g.Sum(r => r.Usd ?? 0m))).ToList();
        var all = totals.Sum(t => t.Usd);
        return totals.OrderByDescending(t => t.Usd).ThenBy(t => t.Country, StringComparer.Ordinal)
            .Select(t => new object?[] { t.Country, Math.Round(t.Usd, 2), all == 0 ? null : Math.Round(t.Usd / all * 100m, 2) });
    }

    private static IEnumerable<object?[]> TrackRows(ReportContext c) =>
        LastTwelve(c).GroupBy(r => r.TrackId)
            .Select(g => (Track: c.Track(g.Key), Units: g.Sum(r => r.Quantity), Usd: g.Sum(r => r.Usd ?? 0m)))
            .OrderByDescending(t => t.Usd).ThenBy(t => t.Track.Isrc, StringComparer.Ordinal)
            .Select(t => new object?[] { t.Track.Isrc, t.Track.Title, t.Track.Artist, t.Track.Release, t.Units, Math.Round(t.Usd, 2) });
}
