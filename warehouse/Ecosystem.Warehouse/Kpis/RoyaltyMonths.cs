using Ecosystem.Warehouse.Loading;
using Ecosystem.Warehouse.Schema;
using Microsoft.Data.Sqlite;

namespace Ecosystem.Warehouse.Kpis;

/// <summary>One row of the royalty aggregate (<c>royalty_month</c>) with its US-dollar value (null without an fx rate).</summary>
public sealed record RoyaltyMonth(string Source, DateOnly SaleMonth, string Platform, string Country, long TrackId, string UnitKind, string Currency, long Quantity, long Nanos, decimal? Usd)
{
    /// <summary>Direct-to-fan sales: counted in KPI 26, not in the distributors' royalties.</summary>
    public const string DirectSalesSource = "bandcamp";

    public bool IsDirect => Source == DirectSalesSource;

    public static List<RoyaltyMonth> Read(SqliteConnection connection, FxRates fx) =>
        SqlQuery.List(connection, """
            SELECT m.source, m.sale_month, p.name, m.country, m.track_id, m.unit_kind, m.currency, m.quantity, m.amount_nanos
            FROM royalty_month m JOIN store_alias s ON s.id = m.store_alias_id JOIN platform p ON p.id = s.platform_id
            """, r =>
        {
            var month = SqlValues.ParseDate(r.GetString(1));
            var currency = r.GetString(6);
            var nanos = r.GetInt64(8);
            return new RoyaltyMonth(r.GetString(0), month, r.GetString(2), r.GetString(3), r.GetInt64(4), r.GetString(5), currency, r.GetInt64(7), nanos, fx.InMonth(currency, month, nanos));
        });
}
