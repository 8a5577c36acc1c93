using System.Collections.Concurrent;
using System.Globalization;

namespace Ecosystem.Warehouse.Loading;

/// <summary>How values are stored: ISO dates, money as integer 10⁻⁹ units, shares as parts per million, key text never null.</summary>
public static class SqlValues
{
    public const decimal NanosPerUnit = 1_000_000_000m;

    private static readonly ConcurrentDictionary<int, string> DateTexts = new();

    /// <summary>ISO text of a date; the few thousand distinct dates a load meets are formatted once.</summary>
    public static string Date(DateOnly date) => DateTexts.GetOrAdd(date.DayNumber, static day => DateOnly.FromDayNumber(day).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));

    public static object? Date(DateOnly? date) => date is { } value ? Date(value) : null;

    public static DateOnly ParseDate(string text) => DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>Natural-key text: a value the source left out is <c>''</c> (see the schema's note on NULLs in keys).</summary>
    public static string Key(string? text) => text ?? string.Empty;

    /// <summary>Money in 10⁻⁹ currency units, rounded half away from zero (the lake keeps 12 decimals).</summary>
    public static long Nanos(decimal amount) => (long)decimal.Round(amount * NanosPerUnit, MidpointRounding.AwayFromZero);

    public static object? Nanos(decimal? amount) => amount is { } value ? Nanos(value) : null;

    public static decimal FromNanos(long nanos) => nanos / NanosPerUnit;

    /// <summary>A percentage (<c>33.33</c>) as parts per million of the whole (<c>333300</c>).</summary>
    public static object? Ppm(decimal? percent) => percent is { } value ? (long)decimal.Round(value * 10_000m, MidpointRounding.AwayFromZero) : null;

    public static object? Count(long? count) => count;

    public static object? Real(decimal? value) => value is { } v ? (double)v : null;

    public static long Flag(bool value) => value ? 1 : 0;

    /// <summary>The text a stored key value compares by, the same for what is written and what is read back.</summary>
    public static string KeyText(object? value) => value switch
    {
        null or DBNull => "\u2400",
        string text => text,
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };
}
