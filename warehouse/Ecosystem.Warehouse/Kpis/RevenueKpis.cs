using System.Globalization;
using Ecosystem.Warehouse.Loading;
using Ecosystem.Warehouse.Schema;
using static Ecosystem.Warehouse.Kpis.KpiUnits;

namespace Ecosystem.Warehouse.Kpis;

/// <summary>
/// KPIs 10–16 and 26 from the royalty aggregate, in US dollars through the label's fx sheet. Distributor royalties
/// (DistroKid, TooLost, SoundCloud) and direct sales (Bandcamp) are kept apart. Amounts without an fx rate are left
/// out and said so in the KPI's note.
/// </summary>
internal static class RevenueKpis
{
    public static IEnumerable<Kpi> Compute(KpiContext c)
    {
        var royalties = c.Royalties.Where(r => !r.IsDirect).ToList();
        var sources = royalties.Select(r => r.Source).ToList();
        var last = royalties.Count == 0 ? (DateOnly?)null : royalties.Max(r => r.SaleMonth);
        if (last is not { } m)
        {
            foreach (var (number, id, label, unit) in Empty)
            {
                yield return Kpi.Of(number, id, label, null, unit, null, null, []);
            }
        }
        else
        {
            var asOf = MonthEnd(m, c.Today);
            yield return Kpi.Of(10, "revenue_last_month", $"Royalty revenue, {Month(m)} (last reported)", Usd(royalties, m, m), KpiUnits.Usd, asOf,
                Usd(royalties, m.AddMonths(-1), m.AddMonths(-1)), sources, note: Unconverted(royalties, m, m));
            yield return Kpi.Of(11, "revenue_t12m", "Royalty revenue, trailing 12 months", Usd(royalties, m.AddMonths(-11), m), KpiUnits.Usd, asOf,
                royalties.Any(r => r.SaleMonth <= m.AddMonths(-12)) ? Usd(royalties, m.AddMonths(-23), m.AddMonths(-12)) : null, sources, note: Unconverted(royalties, m.AddMonths(-11), m));
            yield return PerThousandByStore(royalties, m, asOf, sources);
            yield return TakeHome(c, royalties, m, asOf, sources);
            yield return Expected(c, royalties, m, sources);
            yield return Variance(c, royalties, asOf, sources);
            yield return TopCountry(c.Countries.Where(r => r.Source != RoyaltyMonth.DirectSalesSource).ToList(), m, asOf, sources);
        }

        yield return DirectSales(c, c.Royalties.Where(r => r.IsDirect).ToList());
    }

    private static readonly (int, string, string, string)[] Empty =
    [
        (10, "revenue_last_month", "Royalty revenue, last reported month", KpiUnits.Usd),
        (11, "revenue_t12m", "Royalty revenue, trailing 12 months", KpiUnits.Usd),
        (12, "revenue_per_1000_streams", "Revenue per 1,000 streams by store (12 months)", KpiUnits.Usd),
        (13, "take_home", "Take-home revenue after rights splits, last reported month", KpiUnits.Usd),
        (14, "expected_revenue", "Expected revenue not yet reported", KpiUnits.Usd),
        (15, "reconciliation_variance", "Statement units vs trend streams (Spotify)", Percent),
        (16, "top_country", "Top country by revenue (12 months)", KpiUnits.Usd),
    ];

    private static decimal? Usd(List<RoyaltyMonth> rows, DateOnly from, DateOnly to)
    {
        var window = rows.Where(r => r.SaleMonth >= from && r.SaleMonth <= to).ToList();
        return window.Count == 0 ? null : Math.Round(window.Sum(r => r.Usd ?? 0m), 2);
    }

    private static string? Unconverted(List<RoyaltyMonth> rows, DateOnly from, DateOnly to)
    {
        var missing = rows.Where(r => r.SaleMonth >= from && r.SaleMonth <= to && r.Usd is null)
            .GroupBy(r => r.Currency).Select(g => string.Create(CultureInfo.InvariantCulture, $"{SqlValues.FromNanos(g.Sum(r => r.Nanos)):0.##} {g.Key}")).ToList();
        return missing.Count == 0 ? null : $"left out for want of an fx rate: {string.Join(", ", missing)}";
    }

    private static Kpi PerThousandByStore(List<RoyaltyMonth> royalties, DateOnly m, DateOnly asOf, List<string> sources)
    {
        var streams = royalties.Where(r => r.UnitKind == "stream" && r.Usd is not null && r.SaleMonth > m.AddMonths(-12)).ToList();
        var items = streams.GroupBy(r => r.Platform)
            .Select(g => new KpiItem(g.Key, Kpi.Round(Kpi.Ratio(g.Sum(r => r.Usd), g.Sum(r => r.Quantity), 1000m), 4), KpiUnits.Usd))
            .OrderByDescending(i => i.Value).ToList();
        return Kpi.Of(12, "revenue_per_1000_streams", "Revenue per 1,000 streams by store (12 months)", Kpi.Round(Kpi.Ratio(streams.Sum(r => r.Usd), streams.Sum(r => r.Quantity), 1000m), 4),
            KpiUnits.Usd, asOf, null, sources, items);
    }

    /// <summary>KPI 13: each track's revenue in the month shared among the holders whose split was in force that month.</summary>
    private static Kpi TakeHome(KpiContext c, List<RoyaltyMonth> royalties, DateOnly m, DateOnly asOf, List<string> sources)
    {
        var splits = SqlQuery.List(c.Connection, """
            SELECT track_id, holder, share_ppm FROM rights_split
            WHERE as_of = (SELECT MAX(as_of) FROM rights_split) AND track_id IS NOT NULL AND share_ppm IS NOT NULL
              AND (valid_from = '' OR valid_from <= $end) AND (valid_to IS NULL OR valid_to >= $start)
            """, r => (Track: r.GetInt64(0), Holder: r.GetString(1), Ppm: r.GetInt64(2)), ("$start", SqlValues.Date(m)), ("$end", SqlValues.Date(asOf)))
            .ToLookup(s => s.Track);
        var holders = new SortedDictionary<string, decimal>(StringComparer.Ordinal);
        var unallocated = 0m;
        foreach (var track in royalties.Where(r => r.SaleMonth == m && r.Usd is not null).GroupBy(r => r.TrackId))
        {
            var revenue = track.Sum(r => r.Usd!.Value);
            var shares = track.Key == 0 ? [] : splits[track.Key].ToList();
            foreach (var share in shares)
            {
                holders[share.Holder] = holders.GetValueOrDefault(share.Holder) + (revenue * share.Ppm / 1_000_000m);
            }

            unallocated += revenue * (1_000_000m - Math.Min(1_000_000m, shares.Sum(s => (decimal)s.Ppm))) / 1_000_000m;
        }

        var items = holders.Select(h => new KpiItem(h.Key, Math.Round(h.Value, 2), KpiUnits.Usd)).Append(new KpiItem("not allocated (no split, no track)", Math.Round(unallocated, 2), KpiUnits.Usd));
        return Kpi.Of(13, "take_home", $"Take-home revenue after rights splits, {Month(m)}", holders.Count == 0 ? null : Math.Round(holders.Values.Sum(), 2), KpiUnits.Usd, asOf, null,
            sources.Append("catalog_sheet"), items, "allocated to holders; the rest is listed as not allocated");
    }

    /// <summary>KPI 14: streams after the last reported month × each platform's rate over the last three reported months.</summary>
    private static Kpi Expected(KpiContext c, List<RoyaltyMonth> royalties, DateOnly m, List<string> sources)
    {
        if (c.Streams.Latest is not { } latest || latest < m.AddMonths(1))
        {
            return Kpi.Of(14, "expected_revenue", "Expected revenue not yet reported", null, KpiUnits.Usd, c.Streams.Latest, null, sources, note: "no streams after the last reported month");
        }

        var recent = royalties.Where(r => r.UnitKind == "stream" && r.Usd is not null && r.SaleMonth > m.AddMonths(-3)).ToList();
        var items = new List<KpiItem>();
        var total = 0m;
        var unpriced = new List<string>();
        foreach (var platform in c.Streams.ByPlatform.Keys.Order(StringComparer.Ordinal))
        {
            var rows = recent.Where(r => r.Platform == platform).ToList();
            var rate = Kpi.Ratio(rows.Sum(r => r.Usd), rows.Sum(r => r.Quantity));
            var streams = c.Streams.Sum(m.AddMonths(1), latest, platform);
            if (rate is null)
            {
                unpriced.Add(platform);
                continue;
            }

            var expected = Math.Round(streams * rate.Value, 2);
            total += expected;
            items.Add(new KpiItem(platform, expected, KpiUnits.Usd));
        }

        return Kpi.Of(14, "expected_revenue", $"Expected revenue not yet reported ({Month(m.AddMonths(1))} on)", total, KpiUnits.Usd, latest, null, sources.Concat(c.Streams.Sources), items,
            unpriced.Count == 0 ? "streams × each store's rate over the last three reported months" : $"no learned rate yet for {string.Join(", ", unpriced)}");
    }

    /// <summary>
    /// KPI 15: Spotify statement units vs Spotify for Artists streams per sale month and track (both about Spotify only),
    /// for months the trend data covers day by day (a partial month would show a false gap).
    /// </summary>
    private static Kpi Variance(KpiContext c, List<RoyaltyMonth> royalties, DateOnly asOf, List<string> sources)
    {
        var trend = SqlQuery.List(c.Connection, """
            SELECT substr(s.date, 1, 7) || '-01', s.track_id, SUM(s.streams) FROM stream_daily s JOIN platform p ON p.id = s.platform_id
            WHERE s.granularity = 'track' AND s.track_id IS NOT NULL AND p.name = 'Spotify'
            GROUP BY 1, 2
            HAVING COUNT(DISTINCT s.date) = CAST(strftime('%d', date(substr(s.date, 1, 7) || '-01', '+1 month', '-1 day')) AS INTEGER)
            """, r => (Month: SqlValues.ParseDate(r.GetString(0)), Track: r.GetInt64(1), Streams: r.GetInt64(2)))
            .ToDictionary(t => (t.Month, t.Track), t => t.Streams);
        var isrcs = SqlQuery.List(c.Connection, "SELECT id, isrc FROM track", r => (r.GetInt64(0), r.GetString(1))).ToDictionary(t => t.Item1, t => t.Item2);
        var statement = royalties.Where(r => r.Platform == "Spotify" && r.UnitKind == "stream" && r.TrackId != 0)
            .GroupBy(r => (Month: r.SaleMonth, Track: r.TrackId))
            .Where(g => trend.ContainsKey(g.Key))
            .Select(g => (g.Key.Month, g.Key.Track, Units: g.Sum(r => r.Quantity), Trend: trend[g.Key]))
            .ToList();
        if (statement.Count == 0)
        {
            return Kpi.Of(15, "reconciliation_variance", "Statement units vs trend streams (Spotify)", null, Percent, null, null, sources, note: "no month with both a statement and trend streams");
        }

        var month = statement.Max(s => s.Month);
        var latest = statement.Where(s => s.Month == month).ToList();
        var items = statement
            .Select(s => (s.Month, s.Track, Variance: Kpi.Ratio(s.Units - s.Trend, s.Trend, 100m)))
            .OrderByDescending(s => Math.Abs(s.Variance ?? 0)).ThenBy(s => s.Month).ThenBy(s => s.Track).Take(10)
            .Select(s => new KpiItem($"{Month(s.Month)} {isrcs[s.Track]}", Kpi.Round(s.Variance, 2), Percent));
        return Kpi.Of(15, "reconciliation_variance", $"Statement units vs trend streams (Spotify), {Month(month)}",
            Kpi.Round(Kpi.Ratio(latest.Sum(s => s.Units) - latest.Sum(s => s.Trend), latest.Sum(s => s.Trend), 100m), 2), Percent, month.AddMonths(1).AddDays(-1), null,
            sources.Append("spotify_for_artists"), items, "(statement − trend) / trend; the largest differences by month and ISRC are listed");
    }

    private static Kpi TopCountry(List<RoyaltyCountryMonth> royalties, DateOnly m, DateOnly asOf, List<string> sources)
    {
        var countries = royalties.Where(r => r.SaleMonth > m.AddMonths(-12) && r.Usd is not null)
            .GroupBy(r => r.Country.Length == 0 ? "not given" : r.Country)
            .Select(g => new KpiItem(g.Key, Math.Round(g.Sum(r => r.Usd!.Value), 2), KpiUnits.Usd))
            .OrderByDescending(i => i.Value).ThenBy(i => i.Label, StringComparer.Ordinal).Take(5).ToList();
        return Kpi.Of(16, "top_country", "Top country by revenue (12 months)", countries.FirstOrDefault()?.Value, KpiUnits.Usd, asOf, null, sources, countries, countries.FirstOrDefault()?.Label);
    }

    private static Kpi DirectSales(KpiContext c, List<RoyaltyMonth> direct)
    {
        if (direct.Count == 0)
        {
            return Kpi.Of(26, "direct_sales", "Bandcamp / direct sales, trailing 12 months", null, KpiUnits.Usd, null, null, []);
        }

        var m = direct.Max(r => r.SaleMonth);
        return Kpi.Of(26, "direct_sales", "Bandcamp / direct sales, trailing 12 months", Usd(direct, m.AddMonths(-11), m), KpiUnits.Usd, MonthEnd(m, c.Today),
            direct.Any(r => r.SaleMonth <= m.AddMonths(-12)) ? Usd(direct, m.AddMonths(-23), m.AddMonths(-12)) : null, direct.Select(r => r.Source),
            [new KpiItem(Month(m), Usd(direct, m, m), KpiUnits.Usd)], Unconverted(direct, m.AddMonths(-11), m));
    }

    /// <summary>The last day a sale month's data can speak for: its end, or today while the month is running.</summary>
    private static DateOnly MonthEnd(DateOnly month, DateOnly today) => month.AddMonths(1).AddDays(-1) is var end && end > today ? today : end;

    private static string Month(DateOnly month) => month.ToString("yyyy-MM", CultureInfo.InvariantCulture);
}
