using System.Runtime.InteropServices;
using Microsoft.Data.Sqlite;

namespace Ecosystem.Warehouse.Loading;

/// <summary>
/// Keeps <c>royalty_month</c> (lines, quantity and money per store, track, unit kind and currency),
/// <c>royalty_country_month</c> (lines and money per country and currency) and <c>royalty_unmatched_isrc</c> (ISRCs that earn without a catalog track) for a royalty partition, so KPIs and
/// quality rules never scan millions of statement lines.
/// </summary>
internal sealed class RoyaltyMonthAggregate : IPartitionAggregate
{
    private static readonly string[] MonthParameters = ["$store", "$track", "$unit", "$currency", "$lines", "$quantity", "$nanos"];
    private static readonly string[] CountryParameters = ["$country", "$currency", "$lines", "$nanos"];
    private static readonly string[] UnmatchedParameters = ["$isrc", "$title", "$lines"];

    private readonly int _store, _country, _track, _unit, _currency, _quantity, _amount, _isrc, _title;
    private readonly Dictionary<(long Store, long Track, string Unit, string Currency), (long Lines, long Quantity, long Nanos)> _groups = [];
    private readonly Dictionary<(string Country, string Currency), (long Lines, long Nanos)> _countries = [];
    private readonly Dictionary<string, (string Title, long Lines)> _unmatched = new(StringComparer.Ordinal);

    public RoyaltyMonthAggregate(IReadOnlyList<string> columns)
    {
        int Index(string name) => columns.ToList().IndexOf(name) is var i and >= 0 ? i : throw new ArgumentException($"royalty_line has no column {name}.", nameof(columns));
        (_store, _country, _track, _unit, _currency) = (Index("store_alias_id"), Index("country"), Index("track_id"), Index("unit_kind"), Index("currency"));
        (_quantity, _amount, _isrc, _title) = (Index("quantity"), Index("amount_nanos"), Index("isrc"), Index("title"));
    }

    public void Add(object?[] values)
    {
        var track = values[_track] as long? ?? 0;
        var currency = (string)values[_currency]!;
        var amount = (long)values[_amount]!;
        ref var group = ref CollectionsMarshal.GetValueRefOrAddDefault(_groups, ((long)values[_store]!, track, (string)values[_unit]!, currency), out _);
        group = (group.Lines + 1, group.Quantity + (long)values[_quantity]!, group.Nanos + amount);
        ref var country = ref CollectionsMarshal.GetValueRefOrAddDefault(_countries, ((string)values[_country]!, currency), out _);
        country = (country.Lines + 1, country.Nanos + amount);
        if (track == 0 && values[_isrc] is string { Length: > 0 } isrc)
        {
            ref var unmatched = ref CollectionsMarshal.GetValueRefOrAddDefault(_unmatched, isrc, out var seen);
            unmatched = seen ? (unmatched.Title, unmatched.Lines + 1) : ((string)values[_title]!, 1);
        }
    }

    public void Write(SqliteConnection connection, SqliteTransaction? transaction, string source, string from, string to)
    {
        using (var clear = connection.CreateCommand())
        {
            clear.Transaction = transaction;
            clear.CommandText = """
                DELETE FROM royalty_month WHERE source = $source AND sale_month >= $from AND sale_month < $to;
                DELETE FROM royalty_country_month WHERE source = $source AND sale_month >= $from AND sale_month < $to;
                DELETE FROM royalty_unmatched_isrc WHERE source = $source AND sale_month >= $from AND sale_month < $to;
                """;
            clear.Parameters.AddWithValue("$source", source);
            clear.Parameters.AddWithValue("$from", from);
            clear.Parameters.AddWithValue("$to", to);
            clear.ExecuteNonQuery();
        }

        using var month = connection.CreateCommand();
        month.Transaction = transaction;
        month.CommandText = """
            INSERT INTO royalty_month (source, sale_month, store_alias_id, track_id, unit_kind, currency, lines, quantity, amount_nanos)
            VALUES ($source, $month, $store, $track, $unit, $currency, $lines, $quantity, $nanos)
            """;
        month.Parameters.AddWithValue("$source", source);
        month.Parameters.AddWithValue("$month", from);
        var p = MonthParameters.Select(n => month.Parameters.Add(new SqliteParameter { ParameterName = n })).ToArray();
        foreach (var ((store, track, unit, currency), (lines, quantity, nanos)) in _groups)
        {
            (p[0].Value, p[1].Value, p[2].Value, p[3].Value, p[4].Value, p[5].Value, p[6].Value) = (store, track, unit, currency, lines, quantity, nanos);
            month.ExecuteNonQuery();
        }

        using var countries = connection.CreateCommand();
        countries.Transaction = transaction;
        countries.CommandText = "INSERT INTO royalty_country_month (source, sale_month, country, currency, lines, amount_nanos) VALUES ($source, $month, $country, $currency, $lines, $nanos)";
        countries.Parameters.AddWithValue("$source", source);
        countries.Parameters.AddWithValue("$month", from);
        var c = CountryParameters.Select(n => countries.Parameters.Add(new SqliteParameter { ParameterName = n })).ToArray();
        foreach (var ((country, currency), (lines, nanos)) in _countries)
        {
            (c[0].Value, c[1].Value, c[2].Value, c[3].Value) = (country, currency, lines, nanos);
            countries.ExecuteNonQuery();
        }

        using var unmatched = connection.CreateCommand();
        unmatched.Transaction = transaction;
        unmatched.CommandText = "INSERT INTO royalty_unmatched_isrc (source, sale_month, isrc, title, lines) VALUES ($source, $month, $isrc, $title, $lines)";
        unmatched.Parameters.AddWithValue("$source", source);
        unmatched.Parameters.AddWithValue("$month", from);
        var u = UnmatchedParameters.Select(n => unmatched.Parameters.Add(new SqliteParameter { ParameterName = n })).ToArray();
        foreach (var (isrc, (title, lines)) in _unmatched.OrderBy(u => u.Key, StringComparer.Ordinal))
        {
            (u[0].Value, u[1].Value, u[2].Value) = (isrc, title, lines);
            unmatched.ExecuteNonQuery();
        }
    }
}
