using Microsoft.Data.Sqlite;

namespace Ecosystem.Warehouse.Kpis;

/// <summary>What every KPI group reads: the connection, today, the fx sheet, the stream series and the royalty aggregates.</summary>
public sealed record KpiContext(SqliteConnection Connection, DateOnly Today, WarehouseOptions Options, FxRates Fx, StreamSeries Streams, IReadOnlyList<RoyaltyMonth> Royalties, IReadOnlyList<RoyaltyCountryMonth> Countries)
{
    public static KpiContext Read(SqliteConnection connection, DateOnly today, WarehouseOptions options)
    {
        var fx = FxRates.Read(connection);
        return new KpiContext(connection, today, options, fx, StreamSeries.Read(connection), RoyaltyMonth.Read(connection, fx), RoyaltyCountryMonth.Read(connection, fx));
    }

    public static DateOnly MonthOf(DateOnly date) => new(date.Year, date.Month, 1);
}
