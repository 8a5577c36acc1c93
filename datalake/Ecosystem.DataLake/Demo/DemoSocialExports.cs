using System.Globalization;
using System.Text;
using static Ecosystem.DataLake.Demo.DemoFiles;

namespace Ecosystem.DataLake.Demo;

/// <summary>
/// TikTok Studio ZIPs (Overview, FollowerHistory, Viewers; English day labels without a year), one window across
/// New Year and one ending on the demo's last day, and a YouTube Analytics report of the last 90 days.
/// </summary>
internal static class DemoSocialExports
{
    public static IEnumerable<string> Write(string folder, DemoCatalog catalog, DemoStreams streams, DemoRandom random)
    {
        var artist = catalog.Artists[0];
        var newYear = new DateOnly(catalog.Until.Month == 1 && catalog.Until.Day < 20 ? catalog.Until.Year - 1 : catalog.Until.Year, 1, 20);
        foreach (var end in new[] { newYear, catalog.Until }.Distinct())
        {
            var start = end.AddDays(-59);
            var epoch = new DateTimeOffset(end.ToDateTime(new TimeOnly(18, 0)), TimeSpan.Zero).ToUnixTimeSeconds();
            var name = Inv($"tiktok/Overview_{start:yyyy-MM-dd}_{epoch}_{artist.TikTokHandle}.zip");
            Directory.CreateDirectory(Path.Combine(folder, "tiktok"));
            yield return DemoFiles.Zip(folder, name, Entries(catalog, streams, random, start, end));
        }

        var youtube = new StringBuilder("""{"kind":"youtubeAnalytics#resultTable","columnHeaders":[{"name":"day","columnType":"DIMENSION","dataType":"STRING"},{"name":"views","columnType":"METRIC","dataType":"INTEGER"},{"name":"estimatedMinutesWatched","columnType":"METRIC","dataType":"INTEGER"},{"name":"subscribersGained","columnType":"METRIC","dataType":"INTEGER"},{"name":"subscribersLost","columnType":"METRIC","dataType":"INTEGER"}],"rows":[""");
        var first = true;
        foreach (var day in DemoCatalog.Days(catalog.Until.AddDays(-89), catalog.Until.AddDays(-3)))
        {
            var views = (long)(streams.ArtistSpotify(artist.Name, day) * 0.11);
            youtube.Append(first ? string.Empty : ",").Append(Inv($"[\"{day:yyyy-MM-dd}\",{views},{views * 2},{views / 60},{views / 400}]"));
            first = false;
        }

        yield return DemoFiles.Write(folder, "youtube/youtube-analytics-90d.json", youtube.Append("]}").ToString(), Utf8NoBom);
    }

    private static IEnumerable<(string, string)> Entries(DemoCatalog catalog, DemoStreams streams, DemoRandom random, DateOnly start, DateOnly end)
    {
        var overview = new StringBuilder("\"Date\",\"Video Views\",\"Profile Views\",\"Likes\",\"Comments\",\"Shares\"");
        var followers = new StringBuilder("\"Date\",\"Followers\",\"Difference in followers from previous day\"");
        var viewers = new StringBuilder("\"Date\",\"Total Viewers\",\"New Viewers\",\"Returning Viewers\"");
        long count = 2_000 + (start.DayNumber % 500);
        foreach (var day in DemoCatalog.Days(start, end))
        {
            var label = day.ToString("MMMM d", CultureInfo.InvariantCulture);
            var views = (long)(streams.ArtistSpotify(catalog.Artists[0].Name, day) * 0.8 * random.Around(day.DayNumber, 7, 7, 0.3));
            var comments = (long)(views / 400) - (random.Next(day.DayNumber, 8, 8) < 0.05 ? 3 : 0);
            var delta = (long)(views / 150) - (long)(random.Next(day.DayNumber, 9, 9) * 4);
            count += delta;
            overview.Append(Inv($"\n\"{label}\",\"{views}\",\"{views / 25}\",\"{views / 12}\",\"{comments}\",\"{views / 90}\""));
            followers.Append(day == start ? Inv($"\n\"{label}\",\"undefined\",\"0\"") : Inv($"\n\"{label}\",\"{count}\",\"{delta}\""));
            viewers.Append(Inv($"\n\"{label}\",\"{views / 3}\",\"{views / 5}\",\"{(views / 3) - (views / 5)}\""));
        }

        // TikTok writes no trailing newline.
        return [("Overview.csv", overview.ToString()), ("FollowerHistory.csv", followers.ToString()), ("Viewers.csv", viewers.ToString())];
    }
}
