using System.Text.RegularExpressions;

namespace Ecosystem.DataLake.Identity;

/// <summary>A track of the catalog the matcher resolves to.</summary>
public sealed record CatalogTrack(string Isrc, string Title, string Artist);

/// <summary>
/// Finds the catalog track a row means. By ISRC first (exact, case-insensitive). Without one, by title and artist:
/// the artist must resolve to the same artist (<see cref="ArtistAliases"/>), and the titles, once featured artists and
/// bracketed versions are set aside and case, punctuation and spacing folded, must be at least
/// <see cref="Threshold"/> similar (1 − edit distance / longer length). Titles are short, and one letter often makes a
/// different song (<c>Paper Moon</c> and <c>Paper Moons</c>, <c>Lantern</c> and <c>Lanterns</c>: 0.90 and 0.88), so
/// 0.92 lets a single slip through only in titles of 13 folded characters or more (<c>Summer in Reykjavik</c> for
/// <c>Summer in Reykjavík</c>: 0.94); shorter titles must match once folded. Two candidates above the threshold, or
/// none, is no match: never a guess.
/// </summary>
public sealed partial class TrackMatcher(IReadOnlyList<CatalogTrack> catalog, ArtistAliases artists)
{
    public const double Threshold = 0.92;

    private readonly Dictionary<string, CatalogTrack> _byIsrc = catalog.GroupBy(t => t.Isrc.ToUpperInvariant()).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);

    public CatalogTrack? Match(string? isrc, string title, string artist)
    {
        if (!string.IsNullOrWhiteSpace(isrc) && _byIsrc.TryGetValue(isrc.Trim().ToUpperInvariant(), out var byIsrc))
        {
            return byIsrc;
        }

        var credited = artists.Resolve(artist).ToHashSet(StringComparer.Ordinal);
        var titleKey = TitleKey(title);
        var candidates = catalog
            .Where(track => artists.Resolve(track.Artist).Any(credited.Contains))
            .Select(track => (Track: track, Score: Similarity(titleKey, TitleKey(track.Title))))
            .Where(candidate => candidate.Score >= Threshold)
            .ToList();
        return candidates.Count == 1 ? candidates[0].Track : null;
    }

    /// <summary>The title without "(feat. …)", "[Remastered]"-style brackets or " - Radio Edit" tails, folded.</summary>
    public static string TitleKey(string title) => NameKey.Of(Decorations().Replace(title, string.Empty));

    public static double Similarity(string a, string b)
    {
        if (a.Length == 0 && b.Length == 0)
        {
            return 1;
        }

        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            (previous, current) = (current, previous);
        }

        return 1 - ((double)previous[b.Length] / Math.Max(a.Length, b.Length));
    }

    [GeneratedRegex(@"\s*[\(\[][^\)\]]*(?:feat|ft\.|with|remaster|version|edit|live|mix)[^\)\]]*[\)\]]|\s+-\s+(?:radio edit|remaster(?:ed)?.*|single version|.*\bmix\b.*)$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Decorations();
}
