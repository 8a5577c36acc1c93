namespace Ecosystem.DataLake.Formats.Text;

/// <summary>The order of day and month in a numeric date, which follows the export's UI language.</summary>
public enum DayMonthOrder
{
    /// <summary><c>M/d/yyyy</c> (US English).</summary>
    MonthFirst,

    /// <summary><c>d/M/yyyy</c> or <c>d.M.yyyy</c> (French, Spanish, Portuguese, German…).</summary>
    DayFirst,
}

/// <summary>Numeric dates beyond ISO: <c>1/31/24 3:14pm</c> (Bandcamp), <c>31/01/2026</c>, <c>31.01.2026</c>.</summary>
public static class DateParsers
{
    /// <summary>
    /// An ISO date (<c>YYYY-MM-DD</c>, optionally followed by a time), or a numeric date in the given order with
    /// <c>/</c>, <c>.</c> or <c>-</c> and a two- or four-digit year (two digits mean 20yy), optionally followed by a
    /// time, which is ignored. Impossible dates (31 February, month 13) are rejected, never rolled over.
    /// </summary>
    public static bool TryParseDate(ReadOnlySpan<char> value, DayMonthOrder order, out DateOnly date)
    {
        value = value.Trim();
        var space = value.IndexOfAny(' ', 'T');
        var datePart = space > 0 ? value[..space] : value;
        if (FieldParsers.TryParseIsoDate(datePart, out date))
        {
            return true;
        }

        Span<int> parts = stackalloc int[3];
        Span<int> lengths = stackalloc int[3];
        var index = 0;
        char? separator = null;
        foreach (var c in datePart)
        {
            if (char.IsAsciiDigit(c))
            {
                if (lengths[index] == 4)
                {
                    return false;
                }

                parts[index] = (parts[index] * 10) + (c - '0');
                lengths[index]++;
            }
            else if (c is '/' or '.' or '-' && (separator is null || separator == c) && lengths[index] > 0 && index < 2)
            {
                separator = c;
                index++;
            }
            else
            {
                return false;
            }
        }

        if (index != 2 || lengths[0] > 2 || lengths[1] > 2 || lengths[2] is not (2 or 4))
        {
            return false;
        }

        var (month, day) = order == DayMonthOrder.MonthFirst ? (parts[0], parts[1]) : (parts[1], parts[0]);
        var year = lengths[2] == 2 ? 2000 + parts[2] : parts[2];
        if (month is < 1 or > 12 || day < 1 || year < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        date = new DateOnly(year, month, day);
        return true;
    }
}
