namespace Ecosystem.DataLake.Identity;

/// <summary>
/// Which platform a store name in a statement or export means: <c>Spotify</c>, <c>Spotify Premium</c> → Spotify;
/// <c>Apple Music</c>, <c>iTunes Match</c> → Apple Music; <c>YouTube (Ads)</c>, <c>YouTube Music</c> → YouTube;
/// <c>Instagram/Facebook</c> → Meta… A store the table does not know is a platform of its own under its own name —
/// never mapped to a guess (the system this replaces mapped unknown stores to Spotify).
/// </summary>
public static class StoreAliases
{
    private static readonly Dictionary<string, string> Platforms = Build();

    public static string PlatformOf(string store)
    {
        var trimmed = store.Trim();
        return Platforms.TryGetValue(NameKey.Of(trimmed), out var platform) ? platform : trimmed;
    }

    public static bool IsKnown(string store) => Platforms.ContainsKey(NameKey.Of(store));

    private static Dictionary<string, string> Build()
    {
        (string Platform, string[] Stores)[] table =
        [
            ("Spotify", ["Spotify", "Spotify Premium", "Spotify Free", "Spotify Ad-Supported", "Spotify Discovery Mode"]),
            ("Apple Music", ["Apple Music", "Apple Music Streams", "iTunes Match", "Apple Music for Artists"]),
            ("iTunes", ["iTunes", "iTunes Store", "iTunes Downloads"]),
            ("YouTube", ["YouTube", "YouTube (Ads)", "YouTube (Red)", "YouTube Music", "YouTube Premium", "YouTube Content ID", "YouTube Shorts"]),
            ("Amazon Music", ["Amazon Music", "Amazon Unlimited (Streaming)", "Amazon Prime (Streaming)", "Amazon Music Unlimited", "Amazon Prime Music"]),
            ("Amazon", ["Amazon", "Amazon MP3", "Amazon (Downloads)"]),
            ("Meta", ["Instagram/Facebook", "Facebook", "Instagram", "Facebook/Instagram", "Meta"]),
            ("TikTok", ["TikTok", "TikTok Music", "Resso"]),
            ("TIDAL", ["TIDAL", "TIDAL (Downloads)"]),
            ("Deezer", ["Deezer"]),
            ("Pandora", ["Pandora"]),
            ("SoundCloud", ["SoundCloud", "SoundCloud Go"]),
            ("Snapchat", ["Snapchat"]),
            ("Boomplay", ["Boomplay"]),
            ("Audiomack", ["Audiomack"]),
            ("Anghami", ["Anghami"]),
            ("Beatport", ["Beatport"]),
            ("Bandcamp", ["Bandcamp"]),
        ];
        var platforms = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (platform, stores) in table)
        {
            foreach (var store in stores)
            {
                // Spellings are compared folded (case, punctuation, spacing), so "Tidal" is "TIDAL" already.
                platforms.Add(NameKey.Of(store), platform);
            }
        }

        return platforms;
    }
}
