using System.Text;
using static Ecosystem.DataLake.Demo.DemoFiles;

namespace Ecosystem.DataLake.Demo;

/// <summary>Spotify for Artists timelines (per song and per artist) and Apple Music's plays chart.</summary>
internal static class DemoStreamingExports
{
    public static IEnumerable<string> Write(string folder, DemoCatalog catalog, DemoStreams streams)
    {
        // Per-song timelines: the last 12 months, as Spotify for Artists offers them; the song only in the name.
        var yearAgo = catalog.Until.AddDays(-364);
        foreach (var track in catalog.Tracks.Where(track => track.Released <= catalog.Until))
        {
            var text = new StringBuilder("date,streams\n");
            foreach (var day in DemoCatalog.Days(Max(yearAgo, track.Released), catalog.Until))
            {
                text.Append(Inv($"{day:yyyy-MM-dd},{streams.Spotify(track, day)}\n"));
            }

            yield return DemoFiles.Write(folder, $"spotify/{track.Title}-timeline.csv", text.ToString(), Utf8Bom);
        }

        // Audience timelines: two years per artist, the current layout.
        foreach (var artist in catalog.Artists)
        {
            var text = new StringBuilder("date,listeners,monthly listeners,monthly active listeners,streams,playlist adds,saves,followers\n");
            var window = new Queue<long>();
            long windowSum = 0, followers = 300 + (artist.Name.Length * 40);
            foreach (var day in DemoCatalog.Days(catalog.From, catalog.Until))
            {
                var daily = streams.ArtistSpotify(artist.Name, day);
                window.Enqueue(daily);
                windowSum += daily;
                if (window.Count > 28)
                {
                    windowSum -= window.Dequeue();
                }

                var listeners = (long)(daily / 2.3);
                followers += (long)Math.Round(listeners * 0.012);
                text.Append(Inv($"{day:yyyy-MM-dd},{listeners},{(long)(windowSum / 3.1)},{(long)(windowSum / 4.4)},{daily},{daily / 90},{daily / 35},{followers}\n"));
            }

            yield return DemoFiles.Write(folder, $"spotify/{artist.SpotifyId}-audience-timeline.csv", text.ToString(), Utf8Bom);
        }

        // Apple Music for Artists: the label's plays per day, two years, as the English chart download.
        var apple = new StringBuilder("Date,Plays\n");
        foreach (var day in DemoCatalog.Days(catalog.From, catalog.Until))
        {
            var plays = catalog.Tracks.Sum(track => streams.Apple(track, day));
            apple.Append(Inv($"{day.Month}/{day.Day}/{day.Year},\"{plays:#,0}\"\n"));
        }

        yield return DemoFiles.Write(folder, "apple/apple-music-plays.csv", apple.ToString(), Utf8NoBom);
    }

    private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;
}
