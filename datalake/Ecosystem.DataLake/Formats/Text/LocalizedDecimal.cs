namespace Ecosystem.DataLake.Formats.Text;

/// <summary>
/// Money as localized exports write it: <c>"1,250.50"</c> (English), <c>"1 234,56"</c> (French, with a normal,
/// no-break or narrow no-break space), <c>1.234,56</c> (Spanish, Portuguese, German). The decimal separator comes
/// from the export's language; group separators must split the integer digits into groups of three. The result goes
/// through <see cref="FieldParsers.TryParseDecimal"/>, so its scale and range limits hold too.
/// </summary>
public static class LocalizedDecimal
{
    private static readonly System.Buffers.SearchValues<char> Digits = System.Buffers.SearchValues.Create("0123456789");

    /// <summary>The decimal separator of a UI language: <c>.</c> for English, <c>,</c> for the others.</summary>
    public static char DecimalSeparatorFor(string? language) => language is null or "en" ? '.' : ',';

    public static bool TryParse(ReadOnlySpan<char> value, char decimalSeparator, out decimal number, out string? problem)
    {
        value = value.Trim();
        var point = value.LastIndexOf(decimalSeparator);
        var integer = point >= 0 ? value[..point] : value;
        var fraction = point >= 0 ? value[(point + 1)..] : [];
        if (fraction.ContainsAnyExcept(Digits) || (point >= 0 && fraction.IsEmpty))
        {
            number = 0;
            problem = "is not a number";
            return false;
        }

        var sign = integer.Length > 0 && integer[0] is '-' or '+' ? integer[..1] : [];
        var digits = integer[sign.Length..];
        if (CountParser.TryParse(digits, out var whole) != CountParser.Result.Value || whole < 0 || (digits.Length > 0 && digits[0] is '-' or '+'))
        {
            number = 0;
            problem = "is not a number";
            return false;
        }

        var plain = fraction.IsEmpty
            ? string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{sign}{whole}")
            : string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{sign}{whole}.{fraction}");
        return FieldParsers.TryParseDecimal(plain, out number, out problem);
    }
}
