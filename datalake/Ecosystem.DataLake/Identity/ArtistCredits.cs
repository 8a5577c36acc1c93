using System.Text.RegularExpressions;

namespace Ecosystem.DataLake.Identity;

/// <summary>
/// Splits an artist credit into the artists it names, so a collab counts for each of them: <c>Nova Reyes &amp; Kai
/// Moreno</c>, <c>Nova Reyes x Kai Moreno</c>, <c>Nova Reyes feat. Kai Moreno</c>, <c>Nova Reyes, Kai Moreno</c>.
/// "and" is not a separator: <c>Simon and Garfunkel</c> is one act (an alias table splits it if a label wants).
/// </summary>
public static partial class ArtistCredits
{
    public static IReadOnlyList<string> Split(string credit) =>
        Separator().Split(credit).Select(part => part.Trim()).Where(part => part.Length > 0).Distinct(StringComparer.Ordinal).ToList();

    [GeneratedRegex(@"\s+&\s+|\s+x\s+|\s+X\s+|,\s*|\s+(?:feat\.?|ft\.?|featuring|with|vs\.?)\s+|\s*\((?:feat\.?|ft\.?|featuring|with)\s+|\)\s*$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Separator();
}
