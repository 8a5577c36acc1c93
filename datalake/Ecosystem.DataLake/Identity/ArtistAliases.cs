namespace Ecosystem.DataLake.Identity;

/// <summary>
/// Resolves how a source spells an artist to one canonical artist. Spellings that differ only in case, punctuation or
/// spacing resolve by themselves (<see cref="NameKey"/>); anything else comes from the label's alias table
/// (<c>alias → artist</c>, e.g. <c>NOVA</c> → <c>Nova Reyes</c>). A credit naming several artists resolves to each of
/// them. A name the table does not know is its own artist: never matched to a "closest" one.
/// </summary>
public sealed class ArtistAliases
{
    private readonly Dictionary<string, string> _canonical = new(StringComparer.Ordinal);

    /// <param name="artists">The artists the label knows (their canonical spelling).</param>
    /// <param name="aliases">Other spellings, each with the artist it means.</param>
    public ArtistAliases(IEnumerable<string> artists, IEnumerable<(string Alias, string Artist)> aliases)
    {
        foreach (var artist in artists)
        {
            _canonical.TryAdd(NameKey.Of(artist), artist);
        }

        foreach (var (alias, artist) in aliases)
        {
            var key = NameKey.Of(alias);
            if (_canonical.TryGetValue(key, out var existing) && !string.Equals(existing, artist, StringComparison.Ordinal))
            {
                throw new ArgumentException($"The alias '{alias}' would mean both '{existing}' and '{artist}'.", nameof(aliases));
            }

            _canonical[key] = artist;
        }
    }

    /// <summary>The canonical artists a credit names, in credit order.</summary>
    public IReadOnlyList<string> Resolve(string credit)
    {
        // A whole credit may be an alias of its own (a duo's name with "&" in it) before it is split.
        if (_canonical.TryGetValue(NameKey.Of(credit), out var whole))
        {
            return [whole];
        }

        return ArtistCredits.Split(credit)
            .Select(name => _canonical.TryGetValue(NameKey.Of(name), out var artist) ? artist : name)
            .Distinct(StringComparer.Ordinal)
            .ToList();
    }
}
