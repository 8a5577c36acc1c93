using System.Globalization;

namespace Ecosystem.DataLake.Formats.Text;

/// <summary>Strict, culture-invariant cell parsers shared by the source formats. None of them turns junk into 0.</summary>
public static class FieldParsers
{
    /// <summary>Money keeps at most this many decimal places (the curated DECIMAL scale).</summary>
    public const int MaxDecimalPlaces = 16;

    public static bool TryParseIsoDate(ReadOnlySpan<char> value, out DateOnly date) =>
        DateOnly.TryParseExact(value.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    /// <summary><c>YYYY-MM</c> (or a full ISO date) → the first day of that month.</summary>
    public static bool TryParseYearMonth(ReadOnlySpan<char> value, out DateOnly month)
    {
        value = value.Trim();
        if (DateOnly.TryParseExact(value, "yyyy-MM", CultureInfo.InvariantCulture, DateTimeStyles.None, out month) ||
            DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out month))
        {
            month = new DateOnly(month.Year, month.Month, 1);
            return true;
        }

        return false;
    }

    public static bool TryParseInteger(ReadOnlySpan<char> value, out long number) =>
        long.TryParse(value.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out number);

    /// <summary>A plain invariant decimal (sign, point, exponent); rejects more than <see cref="MaxDecimalPlaces"/> places.</summary>
    public static bool TryParseDecimal(ReadOnlySpan<char> value, out decimal number, out string? problem)
    {
        value = value.Trim();
        if (!decimal.TryParse(value, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent, CultureInfo.InvariantCulture, out number))
        {
            problem = "is not a number";
            return false;
        }

        if (number.Scale > MaxDecimalPlaces)
        {
            var rounded = decimal.Round(number, MaxDecimalPlaces, MidpointRounding.ToEven);
            if (rounded != number)
            {
                problem = $"has more than {MaxDecimalPlaces} decimal places";
                return false;
            }

            number = rounded;
        }

        problem = null;
        return true;
    }
}
