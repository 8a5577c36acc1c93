namespace Ecosystem.Warehouse.Kpis;

/// <summary>
/// One KPI of the catalogue (ARCHITECTURE §6): its number and id, a label, the value with its unit, the date the data
/// runs to, the comparable previous value and the change, the sources it comes from, and a breakdown where the KPI is
/// more than one number (per platform, per store, per source…). A value is null when the data to compute it is
/// missing — never zero in its place; <see cref="Note"/> says why.
/// </summary>
public sealed record Kpi(
    int Number,
    string Id,
    string Label,
    decimal? Value,
    string Unit,
    DateOnly? AsOf,
    decimal? Previous,
    decimal? Delta,
    decimal? DeltaPct,
    IReadOnlyList<string> Sources,
    IReadOnlyList<KpiItem> Items,
    string? Note)
{
    public static Kpi Of(int number, string id, string label, decimal? value, string unit, DateOnly? asOf, decimal? previous, IEnumerable<string> sources, IEnumerable<KpiItem>? items = null, string? note = null)
    {
        var delta = value is { } v && previous is { } p ? v - p : (decimal?)null;
        var deltaPct = delta is { } d && previous is { } q && q != 0 ? Math.Round(d / Math.Abs(q) * 100m, 2) : (decimal?)null;
        return new Kpi(number, id, label, value, unit, asOf, previous, delta, deltaPct, sources.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList(), items?.ToList() ?? [], note ?? (value is null ? "no data yet" : null));
    }

    /// <summary>A value rounded for display (half to even, as <see cref="Math.Round(decimal, int)"/>); null stays null.</summary>
    public static decimal? Round(decimal? value, int decimals) => value is { } v ? Math.Round(v, decimals) : null;

    /// <summary>A ratio of sums; null when the denominator is zero or missing.</summary>
    public static decimal? Ratio(decimal? numerator, decimal? denominator, decimal scale = 1m) =>
        numerator is { } n && denominator is { } d && d != 0 ? n / d * scale : null;
}

/// <summary>One line of a KPI's breakdown.</summary>
public sealed record KpiItem(string Label, decimal? Value, string Unit);

/// <summary>Every KPI at one moment, with the warehouse run it reflects.</summary>
public sealed record KpiSnapshot(string? RunId, DateTimeOffset ComputedAtUtc, IReadOnlyList<Kpi> Kpis)
{
    public Kpi this[string id] => Kpis.First(k => k.Id == id);
}

/// <summary>Units KPI values are given in.</summary>
public static class KpiUnits
{
    public const string Streams = "streams";
    public const string Listeners = "listeners";
    public const string Followers = "followers";
    public const string Usd = "USD";
    public const string Percent = "%";
    public const string Ratio = "ratio";
    public const string Count = "count";
    public const string Days = "days";
    public const string Views = "views";
}
