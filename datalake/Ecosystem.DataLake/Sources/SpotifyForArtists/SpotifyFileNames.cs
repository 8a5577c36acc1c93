using System.Text.RegularExpressions;

namespace Ecosystem.DataLake.Sources.SpotifyForArtists;

/// <summary>
/// Spotify for Artists writes some identities only into the file name (SOURCES.md §3): the song of a per-song
/// timeline (<c>First Song-timeline.csv</c>) and the artist of an audience timeline
/// (<c>&lt;artistId&gt;-audience-timeline.csv</c>). A browser's copy suffix (<c>… (1).csv</c>) is ignored.
/// </summary>
public static partial class SpotifyFileNames
{
    /// <summary>The song title of a per-song timeline file, verbatim (apostrophes and accents kept), or false.</summary>
    public static bool TryGetSongTitle(string originalName, out string title)
    {
        var match = SongTimeline().Match(BaseName(originalName));
        title = match.Success ? match.Groups["title"].Value.Trim() : string.Empty;
        return title.Length > 0;
    }

    /// <summary>The Spotify artist id (22 base-62 characters) of an audience timeline file name, or null.</summary>
    public static string? ArtistIdOf(string originalName)
    {
        var match = AudienceTimeline().Match(BaseName(originalName));
        return match.Success ? match.Groups["id"].Value : null;
    }


    /// <summary>The Spotify artist id a songs list or audience file name starts with, or null.</summary>
    public static string? LeadingArtistIdOf(string originalName)
    {
        var match = LeadingArtistId().Match(BaseName(originalName));
        return match.Success ? match.Groups["id"].Value : null;
    }

    private static string BaseName(string originalName)
    {
        var name = Path.GetFileNameWithoutExtension(originalName.Replace('\\', '/').Split('/')[^1]);
        return CopySuffix().Replace(name, string.Empty);
    }

    [GeneratedRegex(@"^(?<title>.+)-timeline$", RegexOptions.CultureInvariant)]
    private static partial Regex SongTimeline();

    [GeneratedRegex(@"^(?<id>[0-9A-Za-z]{22})-audience-timeline$", RegexOptions.CultureInvariant)]
    private static partial Regex AudienceTimeline();

    [GeneratedRegex(@"^(?<id>[0-9A-Za-z]{22})-", RegexOptions.CultureInvariant)]
    private static partial Regex LeadingArtistId();

    [GeneratedRegex(@"\s*\(\d{1,3}\)$", RegexOptions.CultureInvariant)]
    private static partial Regex CopySuffix();
}
