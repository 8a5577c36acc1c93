using Ecosystem.Warehouse.Loading;
using Ecosystem.Warehouse.Schema;
using Microsoft.Data.Sqlite;

namespace Ecosystem.Warehouse.Kpis;

/// <summary>
/// US-dollar conversion with the label's own rate sheet only. A day uses that day's rate, or the last one in the
/// <see cref="Quality.QualityRules.FxLookbackDays"/> days before (weekends); a sale month uses the mean of that
/// month's rates. No rate means no conversion: the amount is left out and counted, never guessed.
/// </summary>
public sealed class FxRates
{
    private readonly Dictionary<(string Currency, DateOnly Date), decimal> _daily = [];
    private readonly Dictionary<(string Currency, DateOnly Month), decimal> _monthly = [];

    private FxRates()
    {
    }

    public static FxRates Read(SqliteConnection connection)
    {
        var rates = new FxRates();
        foreach (var (currency, date, nanos) in SqlQuery.List(connection, "SELECT currency, date, usd_per_unit_nanos FROM fx_rate ORDER BY currency, date, source",
            r => (r.GetString(0), SqlValues.ParseDate(r.GetString(1)), r.GetInt64(2))))
        {
            rates._daily[(currency, date)] = SqlValues.FromNanos(nanos);
        }

        foreach (var month in rates._daily.GroupBy(p => (p.Key.Currency, new DateOnly(p.Key.Date.Year, p.Key.Date.Month, 1))))
        {
            rates._monthly[month.Key] = month.Average(p => p.Value);
        }

        return rates;
    }

    public decimal? OnDay(string currency, DateOnly date, long nanos)
    {
        if (currency == "USD")
        {
            return SqlValues.FromNanos(nanos);
        }

        for (var back = 0; back <= Quality.QualityRules.FxLookbackDays; back++)
        {
            if (_daily.TryGetValue((currency, date.AddDays(-back)), out var rate))
            {
                return SqlValues.FromNanos(nanos) * rate;
            }
        }

        return null;
    }

    public decimal? InMonth(string currency, DateOnly month, long nanos) =>
        currency == "USD" ? SqlValues.FromNanos(nanos)
        : _monthly.TryGetValue((currency, new DateOnly(month.Year, month.Month, 1)), out var rate) ? SqlValues.FromNanos(nanos) * rate : null;
}
