namespace Ecosystem.DataLake.Demo;

/// <summary>
/// How the demo's listeners behave, day by day: nothing before a release, a spike on release day that fades over a
/// few weeks, a weekly rhythm (Friday and Saturday high, Monday low), slow growth over the two years, a lift while the
/// ad campaign runs, and a little noise. Every export reads its numbers from here, so they agree with each other.
/// </summary>
public sealed class DemoStreams(DemoCatalog catalog, DemoRandom random)
{
    private static readonly double[] Weekday = [1.05, 0.88, 0.92, 0.95, 1.0, 1.16, 1.2]; // Sunday … Saturday

    /// <summary>Spotify's share of all streams; Apple Music's; the rest is every other store.</summary>
    public const double SpotifyShare = 0.62;
    public const double AppleShare = 0.17;

    public (DateOnly Start, DateOnly End) Campaign => (catalog.Promoted.Date.AddDays(-7), catalog.Promoted.Date.AddDays(14));

    /// <summary>All-platform streams of a track on a day.</summary>
    public long AllPlatforms(DemoTrack track, DateOnly day)
    {
        if (day < track.Released)
        {
            return 0;
        }

        var age = day.DayNumber - track.Released.DayNumber;
        var spike = 1 + (4.5 * Math.Exp(-age / 12.0));
        var growth = 1 + (0.35 * (day.DayNumber - catalog.From.DayNumber) / 730.0);
        var campaign = day >= Campaign.Start && day <= Campaign.End && track.Release == catalog.Promoted ? 1.3 : 1;
        var noise = random.Around(track.Index, day.DayNumber, 1, 0.09);
        return (long)Math.Round(track.Popularity * spike * growth * campaign * Weekday[(int)day.DayOfWeek] * noise);
    }

    public long Spotify(DemoTrack track, DateOnly day) => (long)Math.Round(AllPlatforms(track, day) * SpotifyShare);

    public long Apple(DemoTrack track, DateOnly day) => (long)Math.Round(AllPlatforms(track, day) * AppleShare);

    public long ArtistSpotify(string artist, DateOnly day) =>
        catalog.Tracks.Where(track => track.Artist.Contains(artist, StringComparison.Ordinal)).Sum(track => Spotify(track, day));
}
