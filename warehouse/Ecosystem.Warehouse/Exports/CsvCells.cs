using System.Globalization;
using System.Text;

namespace Ecosystem.Warehouse.Exports;

/// <summary>
/// RFC 4180 cells: quoted when they hold a comma, quote, CR or LF (quotes doubled); numbers invariant; dates are ISO
/// text already. Text starting with <c>= + - @</c>, a tab or a CR is prefixed with <c>'</c> so a spreadsheet shows it
/// instead of running it (numbers are numbers: <c>-5</c> stays <c>-5</c>).
/// </summary>
public static class CsvCells
{
    public static void Append(StringBuilder line, object? value)
    {
        switch (value)
        {
            case null or DBNull:
                return;
            case long or int or short or byte:
                line.Append(Convert.ToString(value, CultureInfo.InvariantCulture));
                return;
            case double real:
                line.Append(real.ToString("R", CultureInfo.InvariantCulture));
                return;
            case decimal number:
                line.Append(number.ToString(CultureInfo.InvariantCulture));
                return;
            case byte[] bytes:
                line.Append(Convert.ToHexString(bytes));
                return;
        }

        var text = Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty;
        if (text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
        {
            text = "'" + text;
        }

        if (text.AsSpan().IndexOfAny(",\"\r\n") < 0)
        {
            line.Append(text);
            return;
        }

        line.Append('"').Append(text.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
    }
}
