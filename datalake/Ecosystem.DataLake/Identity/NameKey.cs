using System.Globalization;
using System.Text;

namespace Ecosystem.DataLake.Identity;

/// <summary>
/// The comparison key of a name: case, punctuation and spacing folded away (<c>The  Lanterns</c>, <c>the lanterns</c>,
/// <c>The-Lanterns!</c> → <c>thelanterns</c>). Letters keep their accents: <c>Sólveig</c> and <c>Solveig</c> may be two
/// people, and an alias table says so when they are one.
/// </summary>
public static class NameKey
{
    public static string Of(string name)
    {
        var builder = new StringBuilder(name.Length);
        foreach (var c in name.Normalize(NormalizationForm.FormC))
        {
            if (char.IsLetterOrDigit(c))
            {
                builder.Append(char.ToLower(c, CultureInfo.InvariantCulture));
            }
        }

        return builder.ToString();
    }
}
