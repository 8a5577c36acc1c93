namespace Ecosystem.DataLake.Formats.Text;

/// <summary>
/// Counts (plays, streams, listeners) as analytics exports write them: <c>1234</c>, <c>"18,400"</c>, <c>1 234</c>
/// (space, no-break or narrow no-break space), <c>1.234</c> or <c>1'234</c>. A separator must split the digits into
/// groups of three, so <c>1.5</c>, <c>12,34</c> or <c>1.2K</c> are not counts: the caller rejects the row with its
/// reason instead of guessing. Empty cells and <c>-</c>, <c>n/a</c>, <c>undefined</c>, <c>NaN</c> are "no value".
/// </summary>
public static class CountParser
{
    public enum Result
    {
        Value,
        Missing,
        Invalid,
    }

    public static Result TryParse(ReadOnlySpan<char> value, out long count)
    {
        count = 0;
        value = value.Trim();
        if (IsMissing(value))
        {
            return Result.Missing;
        }

        var negative = false;
        if (value[0] is '-' or '+')
        {
            negative = value[0] == '-';
            value = value[1..];
        }

        if (value.IsEmpty)
        {
            return Result.Invalid;
        }

        char? separator = null;
        var digitsInGroup = 0;
        var sawSeparator = false;
        long number = 0;
        foreach (var c in value)
        {
            if (char.IsAsciiDigit(c))
            {
                if (number > (long.MaxValue - 9) / 10)
                {
                    return Result.Invalid;
                }

                number = (number * 10) + (c - '0');
                digitsInGroup++;
                continue;
            }

            if (!IsGroupSeparator(c) || (separator is { } s && s != c) || digitsInGroup == 0 || (sawSeparator && digitsInGroup != 3) || (!sawSeparator && digitsInGroup > 3))
            {
                return Result.Invalid;
            }

            separator = c;
            sawSeparator = true;
            digitsInGroup = 0;
        }

        if (digitsInGroup == 0 || (sawSeparator && digitsInGroup != 3))
        {
            return Result.Invalid;
        }

        count = negative ? -number : number;
        return Result.Value;
    }

    /// <summary>
    /// An optional count that cannot be negative (plays, listeners, impressions…): true with the value, true with null
    /// when the cell has no value, false for anything else (a negative number, <c>1.2K</c>, <c>1.5</c>).
    /// </summary>
    public static bool TryNonNegative(ReadOnlySpan<char> text, out long? value)
    {
        value = null;
        switch (TryParse(text, out var count))
        {
            case Result.Missing:
                return true;
            case Result.Value when count >= 0:
                value = count;
                return true;
            default:
                return false;
        }
    }

    public static bool IsMissing(ReadOnlySpan<char> value)
    {
        value = value.Trim();
        return value.IsEmpty || value is "-" || value.Equals("n/a", StringComparison.OrdinalIgnoreCase) ||
            value.Equals("undefined", StringComparison.OrdinalIgnoreCase) || value.Equals("nan", StringComparison.OrdinalIgnoreCase) ||
            value.Equals("null", StringComparison.OrdinalIgnoreCase);
    }

    private static bool IsGroupSeparator(char c) => c is ',' or '.' or ' ' or '\u00A0' or '\u202F' or '\'';
}
