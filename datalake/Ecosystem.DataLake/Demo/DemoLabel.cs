namespace Ecosystem.DataLake.Demo;

/// <summary>
/// Writes the demo label's exports, in the real formats of every platform, into a folder: Spotify for Artists
/// timelines, Apple Music's chart, DistroKid statements (two months late, one month restated), TikTok ZIPs (one across
/// New Year), a YouTube Analytics report, a Meta Ads campaign around the newest single, Mailchimp reports, Linktree
/// analytics, Bandcamp sales and the label's catalog-and-rights and expense sheets. The same seed and last day give
/// the same bytes, so running the demo twice lands nothing new.
/// </summary>
public static class DemoLabel
{
    public static IReadOnlyList<string> WriteExports(string folder, int seed, DateOnly until)
    {
        Directory.CreateDirectory(folder);
        var catalog = new DemoCatalog(until, seed);
        var random = new DemoRandom(seed);
        var streams = new DemoStreams(catalog, random);
        return
        [
            .. DemoStreamingExports.Write(folder, catalog, streams),
            .. DemoStatements.Write(folder, catalog, streams, random),
            .. DemoSocialExports.Write(folder, catalog, streams, random),
            .. DemoMarketingExports.Write(folder, catalog, streams, random),
            .. DemoBusinessExports.Write(folder, catalog, random),
        ];
    }
}
