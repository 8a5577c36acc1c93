using System.Globalization;

namespace Ecosystem.DataLake.Formats.Text;

/// <summary>
/// The numbers content exports write: abbreviated counts (<c>1.2K</c>, <c>3.4M</c>, expanded and marked as rounded),
/// durations as seconds (<c>11.5</c>), <c>m:ss</c> or <c>h:mm:ss</c>, and shares as fractions (<c>0.31</c>) or percents
/// (<c>38%</c>). Anything else is reported, never turned into 0.
/// </summary>
public static class SocialNumbers
{
    /// <summary>A count, plain (<c>18,400</c>) or abbreviated (<c>1.2K</c>: 1,200, rounded).</summary>
    public static CountParser.Result TryCount(ReadOnlySpan<char> text, out long count, out bool rounded)
    {
        rounded = false;
        text = text.Trim();
        var plain = CountParser.TryParse(text, out count);
        if (plain != CountParser.Result.Invalid || text.IsEmpty)
        {
            return plain;
        }

        var multiplier = char.ToUpperInvariant(text[^1]) switch { 'K' => 1_000m, 'M' => 1_000_000m, 'B' => 1_000_000_000m, _ => 0m };
        if (multiplier == 0 || !decimal.TryParse(text[..^1], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number))
        {
            return CountParser.Result.Invalid;
        }

        count = (long)decimal.Round(number * multiplier, MidpointRounding.AwayFromZero);
        rounded = true;
        return CountParser.Result.Value;
    }

    /// <summary>Seconds from <c>11.5</c>, <c>0:12</c> or <c>1:02:03</c>; null for an empty cell; false when unreadable.</summary>
    public static bool TrySeconds(ReadOnlySpan<char> text, out decimal? seconds)
    {
        seconds = null;
        text = text.Trim();
        if (CountParser.IsMissing(text))
        {
            return true;
        }

        if (text.IndexOf(':') < 0)
        {
            if (!decimal.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var plain))
            {
                return false;
            }

            seconds = plain;
            return true;
        }

        decimal total = 0;
        foreach (var part in text.ToString().Split(':'))
        {
            if (!decimal.TryParse(part, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value) || value < 0)
            {
                return false;
            }

            total = (total * 60) + value;
        }

        seconds = total;
        return true;
    }

    /// <summary>A share as a fraction from 0 to 1, from <c>0.31</c> or <c>38%</c>.</summary>
    public static bool TryShare(ReadOnlySpan<char> text, out decimal? share)
    {
        share = null;
        text = text.Trim();
        if (CountParser.IsMissing(text))
        {
            return true;
        }

        var percent = text.EndsWith("%");
        if (!decimal.TryParse(percent ? text[..^1] : text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
        {
            return false;
        }

        value = percent ? value / 100 : value;
        share = value;
        return value is >= 0 and <= 1;
    }
}
