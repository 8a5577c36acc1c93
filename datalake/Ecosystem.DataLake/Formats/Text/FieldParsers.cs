using System.Globalization;
using System.Runtime.CompilerServices;

namespace Ecosystem.DataLake.Formats.Text;

/// <summary>Strict, culture-invariant cell parsers shared by the source formats. None of them turns junk into 0.</summary>
public static class FieldParsers
{
    /// <summary>Money keeps at most this many decimal places (the curated DECIMAL scale).</summary>
    public const int MaxDecimalPlaces = 12;

    /// <summary>Largest magnitude a curated DECIMAL(18, 12) holds.</summary>
    public const decimal MaxMagnitude = 999_999.999999999999m;

    /// <summary>The smallest mantissa over <see cref="MaxMagnitude"/> at each scale up to 12: 10^(6 + scale).</summary>
    private static readonly ulong[] FirstOutOfRange = [.. Enumerable.Range(0, MaxDecimalPlaces + 1).Select(scale => PowerOfTen(6 + scale))];

    public static bool TryParseIsoDate(ReadOnlySpan<char> value, out DateOnly date)
    {
        value = value.Trim();
        if (value.Length == 10 && value[4] == '-' && value[7] == '-' &&
            TryDigits(value[..4], out var year) && TryDigits(value.Slice(5, 2), out var month) && TryDigits(value.Slice(8, 2), out var day) &&
            year >= 1 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month))
        {
            date = new DateOnly(year, month, day);
            return true;
        }

        date = default;
        return false;
    }

    /// <summary><c>YYYY-MM</c> (or a full ISO date) → the first day of that month.</summary>
    public static bool TryParseYearMonth(ReadOnlySpan<char> value, out DateOnly month)
    {
        value = value.Trim();
        if (value.Length == 7 && value[4] == '-' && TryDigits(value[..4], out var year) && TryDigits(value.Slice(5, 2), out var number) &&
            year >= 1 && number is >= 1 and <= 12)
        {
            month = new DateOnly(year, number, 1);
            return true;
        }

        if (TryParseIsoDate(value, out month))
        {
            month = new DateOnly(month.Year, month.Month, 1);
            return true;
        }

        return false;
    }

    public static bool TryParseInteger(ReadOnlySpan<char> value, out long number) =>
        long.TryParse(value.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out number);

    /// <summary>A plain invariant decimal (sign, point, exponent); rejects more than <see cref="MaxDecimalPlaces"/> places.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static bool TryParseDecimal(ReadOnlySpan<char> value, out decimal number, out string? problem)
    {
        value = value.Trim();
        if (TryParsePlainDecimal(value, out number, out var fits))
        {
            problem = null;
            return fits || CheckRange(number, out problem);
        }

        if (!decimal.TryParse(value, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent, CultureInfo.InvariantCulture, out number))
        {
            problem = "is not a number";
            return false;
        }

        return CheckRange(number, out problem);
    }

    private static bool CheckRange(decimal number, out string? problem)
    {
        if (number.Scale > MaxDecimalPlaces && decimal.Round(number, MaxDecimalPlaces, MidpointRounding.ToEven) != number)
        {
            problem = $"has more than {MaxDecimalPlaces} decimal places";
            return false;
        }

        if (Math.Abs(number) > MaxMagnitude)
        {
            problem = "is larger than 999,999.999999999999, the most a statement row can hold";
            return false;
        }

        problem = null;
        return true;
    }

    /// <summary>
    /// The common case, fast: optional sign, digits, optional point and digits (at most 19 digits in all).
    /// <paramref name="fits"/> says the number has at most <see cref="MaxDecimalPlaces"/> places and six whole digits,
    /// so needs no range check.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool TryParsePlainDecimal(ReadOnlySpan<char> value, out decimal number, out bool fits)
    {
        number = 0;
        fits = false;
        var i = 0;
        var negative = false;
        if (value.Length > 0 && (value[0] == '-' || value[0] == '+'))
        {
            negative = value[0] == '-';
            i = 1;
        }

        ulong mantissa = 0;
        var digits = 0;
        var scale = -1;
        for (; i < value.Length; i++)
        {
            var c = value[i];
            if (c == '.' && scale < 0)
            {
                scale = 0;
                continue;
            }

            if (!char.IsAsciiDigit(c) || ++digits > 19)
            {
                return false;
            }

            mantissa = (mantissa * 10) + (ulong)(c - '0');
            if (scale >= 0)
            {
                scale++;
            }
        }

        if (digits == 0 || scale > 28)
        {
            return false;
        }

        scale = Math.Max(scale, 0);
        number = new decimal((int)(uint)mantissa, (int)(uint)(mantissa >> 32), 0, negative, (byte)scale);
        fits = scale <= MaxDecimalPlaces && mantissa < FirstOutOfRange[scale];
        return true;
    }

    private static ulong PowerOfTen(int exponent)
    {
        var power = 1UL;
        for (var i = 0; i < exponent; i++)
        {
            power *= 10;
        }

        return power;
    }

    private static bool TryDigits(ReadOnlySpan<char> value, out int number)
    {
        number = 0;
        foreach (var c in value)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }

            number = (number * 10) + (c - '0');
        }

        return true;
    }
}
