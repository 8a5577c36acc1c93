using Ecosystem.Warehouse.Loading;
using Ecosystem.Warehouse.Schema;
using Microsoft.Data.Sqlite;

namespace Ecosystem.Warehouse.Kpis;

/// <summary>
/// One row of the royalty aggregate (<c>royalty_month</c>, per platform rather than per store) with its US-dollar value
/// (null without an fx rate). Only the 24 sale months up to each source's latest are read: no KPI looks further back.
/// </summary>
public sealed record RoyaltyMonth(string Source, DateOnly SaleMonth, string Platform, long TrackId, string UnitKind, string Currency, long Quantity, long Nanos, decimal? Usd)
{
    /// <summary>Direct-to-fan sales: counted in KPI 26, not in the distributors' royalties.</summary>
    public const string DirectSalesSource = "bandcamp";

    public bool IsDirect => Source == DirectSalesSource;

    public const string Window = "m.sale_month >= (SELECT date(MAX(l.sale_month), '-23 months') FROM royalty_month l WHERE l.source = m.source)";

    public static List<RoyaltyMonth> Read(SqliteConnection connection, FxRates fx) =>
        SqlQuery.List(connection, $"""
            SELECT m.source, m.sale_month, p.name, m.track_id, m.unit_kind, m.currency, SUM(m.quantity), SUM(m.amount_nanos)
            FROM royalty_month m JOIN store_alias s ON s.id = m.store_alias_id JOIN platform p ON p.id = s.platform_id
            WHERE {Window}
            GROUP BY m.source, m.sale_month, p.name, m.track_id, m.unit_kind, m.currency
            """, r =>
        {
            var month = SqlValues.ParseDate(r.GetString(1));
            var currency = r.GetString(5);
            var nanos = r.GetInt64(7);
            return new RoyaltyMonth(r.GetString(0), month, r.GetString(2), r.GetInt64(3), r.GetString(4), currency, r.GetInt64(6), nanos, fx.InMonth(currency, month, nanos));
        });
}

/// <summary>Royalty money per country (<c>royalty_country_month</c>) in US dollars, for the top-country KPI.</summary>
public sealed record RoyaltyCountryMonth(string Source, DateOnly SaleMonth, string Country, string Currency, long Nanos, decimal? Usd)
{
    public static List<RoyaltyCountryMonth> Read(SqliteConnection connection, FxRates fx) =>
        SqlQuery.List(connection, $"""
            SELECT m.source, m.sale_month, m.country, m.currency, m.amount_nanos FROM royalty_country_month m
            WHERE {RoyaltyMonth.Window.Replace("royalty_month l", "royalty_country_month l", StringComparison.Ordinal)}
            """, r =>
        {
            var month = SqlValues.ParseDate(r.GetString(1));
            var currency = r.GetString(3);
            var nanos = r.GetInt64(4);
            return new RoyaltyCountryMonth(r.GetString(0), month, r.GetString(2), currency, nanos, fx.InMonth(currency, month, nanos));
        });
}
