using System.Globalization;
using System.Text.Json;
using Ecosystem.DataLake.Formats.Text;

namespace Ecosystem.DataLake.Formats.Json;

/// <summary>
/// Tolerant readers for the values APIs send: numbers as JSON numbers or as strings (Meta, YouTube's Data API,
/// Last.fm), thousands separators in strings (Spotify for Artists), absent or null properties. Nothing is turned
/// into 0: a value that is not there is null, a value that is not a number is reported to the caller.
/// </summary>
public static class JsonValues
{
    public static JsonElement? Property(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null ? value : null;

    /// <summary>The element at a dotted path (<c>stats.listeners</c>), or null when any step is missing.</summary>
    public static JsonElement? Path(JsonElement element, string path)
    {
        JsonElement? current = element;
        foreach (var part in path.Split('.'))
        {
            current = current is { } value ? Property(value, part) : null;
        }

        return current;
    }

    public static string? Text(JsonElement element, string path) =>
        Path(element, path) is { } value ? value.ValueKind == JsonValueKind.String ? value.GetString() : value.GetRawText() : null;

    /// <summary>A whole number sent as a number or a string; <see cref="CountParser.Result.Missing"/> when absent or empty.</summary>
    public static CountParser.Result Count(JsonElement element, string path, out long count)
    {
        count = 0;
        switch (Path(element, path))
        {
            case null:
                return CountParser.Result.Missing;
            case { ValueKind: JsonValueKind.Number } number:
                return number.TryGetInt64(out count) ? CountParser.Result.Value : CountParser.Result.Invalid;
            case { ValueKind: JsonValueKind.String } text:
                return CountParser.TryParse(text.GetString(), out count);
            default:
                return CountParser.Result.Invalid;
        }
    }

    /// <summary>An optional non-negative count sent as a number or a string: null when absent, false when not a count.</summary>
    public static bool TryNonNegativeCount(JsonElement element, string path, out long? count)
    {
        count = null;
        switch (Count(element, path, out var value))
        {
            case CountParser.Result.Missing:
                return true;
            case CountParser.Result.Value when value >= 0:
                count = value;
                return true;
            default:
                return false;
        }
    }

    /// <summary>A decimal sent as a number or an invariant string (<c>"5339.5"</c>).</summary>
    public static bool TryDecimal(JsonElement element, string path, out decimal? value, out string? problem)
    {
        value = null;
        problem = null;
        var found = Path(element, path);
        if (found is null || (found.Value.ValueKind == JsonValueKind.String && found.Value.GetString()!.Trim().Length == 0))
        {
            return true;
        }

        var text = found.Value.ValueKind == JsonValueKind.String ? found.Value.GetString()! : found.Value.GetRawText();
        if (!FieldParsers.TryParseDecimal(text, out var number, out problem))
        {
            problem = $"'{text}' {problem}";
            return false;
        }

        value = number;
        return true;
    }

    /// <summary>The date part of an ISO date or date-time (<c>2026-07-10T14:00:00+00:00</c> → 10 July 2026, as written).</summary>
    public static bool TryDate(string? text, out DateOnly date)
    {
        date = default;
        return text is { Length: >= 10 } && FieldParsers.TryParseIsoDate(text.AsSpan(0, 10), out date);
    }

    /// <summary>An ISO-8601 instant (with an offset) as UTC, written back as <c>yyyy-MM-ddTHH:mm:ssZ</c>.</summary>
    public static bool TryUtcInstant(string? text, out DateTimeOffset instant) =>
        DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out instant);
}
