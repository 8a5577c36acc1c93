namespace Ecosystem.DataLake.Demo;

/// <summary>An artist of the demo label, with the Spotify artist id its audience export is named after.</summary>
public sealed record DemoArtist(string Name, string SpotifyId, string TikTokHandle);

/// <summary>A release of the demo label.</summary>
public sealed record DemoRelease(string Title, string Upc, string Type, DateOnly Date, string Artist);

/// <summary>A track: its release, its ISRC and how popular it settles at (daily streams on all platforms).</summary>
public sealed record DemoTrack(string Title, string Isrc, DemoRelease Release, string Artist, double Popularity, int Index)
{
    public DateOnly Released => Release.Date;
}

/// <summary>
/// The demo label, "Harbor Lights Records": three artists (one collab between two of them), seven releases and 26
/// tracks with ISRCs, the newest single released about six weeks before the demo's last day. Release dates are placed
/// relative to that day, so the demo always looks current; everything else is fixed or drawn from the seed.
/// </summary>
public sealed class DemoCatalog
{
    public const string Label = "Harbor Lights Records";

    public DemoCatalog(DateOnly until, int seed)
    {
        Until = until;
        From = until.AddDays(-729);
        var random = new DemoRandom(seed);
        Artists =
        [
            new DemoArtist("Nova Reyes", "4aawyAB9vmqN3uQ7FjRGTy", "nova.reyes"),
            new DemoArtist("Kai Moreno", "0KaiMoreno7xQ2vLmZpR4t", "kaimoreno"),
            new DemoArtist("The Lanterns", "3LanternsBand9sWq1eYcD", "thelanterns"),
        ];
        const string Collab = "Nova Reyes & Kai Moreno";
        (string Title, string Type, int DaysBeforeUntil, string Artist, string[] Tracks)[] releases =
        [
            ("Glass Harbor", "album", 700, "Nova Reyes", ["Glass Harbor", "Paper Moons", "Undertow", "Neon Prayer", "Slow Burn", "Salt & Static", "Northbound", "Lantern Light"]),
            ("Wildflower Season", "ep", 520, "The Lanterns", ["Wildflower Season", "Ferris Wheel", "Ghost Signal", "Kaleidoscope Heart"]),
            ("Late Bloom", "single", 430, "Kai Moreno", ["Late Bloom"]),
            ("Tidewater", "single", 330, Collab, ["Tidewater"]),
            ("Velvet Static", "album", 240, "Kai Moreno", ["Velvet Static", "Hold the Line", "Echoes in Blue", "Don't Call It Love", "After the Rain", "Midnight Orchard", "Summer in Reykjavík", "Golden Hour Again"]),
            ("Tidal Lines", "ep", 130, "The Lanterns", ["Tidal Lines", "L'été à Paris", "Slow Dancer"]),
            ("Northern Lights", "single", 42, Collab, ["Northern Lights"]),
        ];
        var tracks = new List<DemoTrack>();
        var releaseList = new List<DemoRelease>();
        for (var r = 0; r < releases.Length; r++)
        {
            var (title, type, days, artist, titles) = releases[r];
            var release = new DemoRelease(title, $"019600000{r + 1:D4}", type, until.AddDays(-days), artist);
            releaseList.Add(release);
            foreach (var track in titles)
            {
                var index = tracks.Count;
                var popularity = 180 + (2400 * Math.Pow(random.Next(index, 0, 0), 2.2)) + (track == title ? 900 : 0);
                tracks.Add(new DemoTrack(track, $"QZHL2{2400001 + index:D7}", release, artist, popularity, index));
            }
        }

        Releases = releaseList;
        Tracks = tracks;
    }

    public DateOnly From { get; }

    public DateOnly Until { get; }

    public IReadOnlyList<DemoArtist> Artists { get; }

    public IReadOnlyList<DemoRelease> Releases { get; }

    public IReadOnlyList<DemoTrack> Tracks { get; }

    /// <summary>The newest single: the one the ad campaign and the e-mail promote.</summary>
    public DemoRelease Promoted => Releases[^1];

    public static IEnumerable<DateOnly> Days(DateOnly from, DateOnly to)
    {
        for (var day = from; day <= to; day = day.AddDays(1))
        {
            yield return day;
        }
    }
}
