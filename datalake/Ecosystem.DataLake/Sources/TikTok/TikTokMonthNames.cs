using System.Globalization;
using System.Text;

namespace Ecosystem.DataLake.Sources.TikTok;

/// <summary>
/// TikTok Studio writes days without a year in the UI language: <c>August 31</c>, <c>25 de setembro</c>,
/// <c>11 septembre</c>, <c>31. August</c>. This reads the month and day; the year comes from <see cref="TikTokExportWindow"/>.
/// Month names in English, Portuguese, French, Spanish and German, with or without accents, full or abbreviated.
/// </summary>
internal static class TikTokMonthNames
{
    private static readonly Dictionary<string, int> Months = Build();

    /// <summary>Month and day of a day label; false when it is not one (the caller rejects the row with the label).</summary>
    public static bool TryParse(ReadOnlySpan<char> label, out int month, out int day)
    {
        month = day = 0;
        foreach (var token in Fold(label.ToString()).Split([' ', ',', '.'], StringSplitOptions.RemoveEmptyEntries))
        {
            if (token is "de" or "del")
            {
                continue;
            }

            if (int.TryParse(token, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
            {
                if (day != 0)
                {
                    return false;
                }

                day = number;
            }
            else if (Months.TryGetValue(token, out var found) && month == 0)
            {
                month = found;
            }
            else
            {
                return false;
            }
        }

        // 29 February is a real day: whether its year is a leap year is checked once the year is known.
        return month != 0 && day >= 1 && day <= DateTime.DaysInMonth(2024, month);
    }

    /// <summary>Lower-case without diacritics, so <c>Février</c>, <c>fevrier</c> and <c>FÉVRIER</c> are one name.</summary>
    private static string Fold(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                builder.Append(char.ToLowerInvariant(c));
            }
        }

        return builder.ToString();
    }

    private static Dictionary<string, int> Build()
    {
        string[][] languages =
        [
            ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"],
            ["janeiro", "fevereiro", "marco", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro", "novembro", "dezembro"],
            ["janvier", "fevrier", "mars", "avril", "mai", "juin", "juillet", "aout", "septembre", "octobre", "novembre", "decembre"],
            ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"],
            ["januar", "februar", "marz", "april", "mai", "juni", "juli", "august", "september", "oktober", "november", "dezember"],
        ];
        var months = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var names in languages)
        {
            for (var i = 0; i < 12; i++)
            {
                months.TryAdd(names[i], i + 1);
                months.TryAdd(names[i][..3], i + 1); // "Aug", "set", "déc", "Okt"
            }
        }

        months.TryAdd("setiembre", 9);
        months.TryAdd("maerz", 3);
        months.TryAdd("sept", 9);
        return months;
    }
}
