using System.Text;
using static Ecosystem.DataLake.Demo.DemoFiles;

namespace Ecosystem.DataLake.Demo;

/// <summary>
/// The ad campaign around the newest single (an Ads Manager export with a Day column, in euros), the e-mail
/// campaigns that announced releases (Mailchimp <c>/reports</c>), and the last 90 days of the Linktree page.
/// </summary>
internal static class DemoMarketingExports
{
    public static IEnumerable<string> Write(string folder, DemoCatalog catalog, DemoStreams streams, DemoRandom random)
    {
        var (start, end) = streams.Campaign;
        var single = catalog.Promoted;
        var ads = new StringBuilder("Reporting starts,Reporting ends,Campaign name,Ad set name,Ad name,Day,Amount spent (EUR),Impressions,Reach,Link clicks,Results,Result indicator\n");
        foreach (var day in DemoCatalog.Days(start, Min(end, catalog.Until)))
        {
            foreach (var (adSet, ad, weight) in new[] { ("Lookalike fans", "teaser-15s", 0.6), ("Broad Spotify listeners", "clip-30s", 0.4) })
            {
                var spend = decimal.Round((decimal)(55 * weight * random.Around(day.DayNumber, ad.Length, 11, 0.15)), 2);
                var impressions = (long)(spend * 520);
                var clicks = (long)(impressions * 0.013 * random.Around(day.DayNumber, ad.Length, 12, 0.2));
                ads.Append(Inv($"{start:yyyy-MM-dd},{end:yyyy-MM-dd},{DemoFiles.Cell($"{single.Artist} - {single.Title} - Launch")},{adSet},{ad},{day:yyyy-MM-dd},\"{spend:#,0.00}\",{impressions},{(long)(impressions * 0.7)},{clicks},{clicks},actions:link_click\n"));
            }
        }

        yield return DemoFiles.Write(folder, "meta/ads-manager-export.csv", ads.ToString(), Utf8NoBom);

        var reports = new StringBuilder("{\"reports\":[");
        var first = true;
        foreach (var release in catalog.Releases.TakeLast(3))
        {
            var sent = release.Date.AddDays(-1).ToDateTime(new TimeOnly(16, 0));
            var emails = 1200 + (release.Date.DayNumber % 300);
            var opens = (long)(emails * 0.41);
            var clickers = (long)(emails * 0.09);
            reports.Append(first ? string.Empty : ",").Append(Inv($$$"""
                {"id":"demo{{{release.Upc[^4..]}}}","campaign_title":"{{{release.Title}}} is out","type":"regular","list_id":"hl0001","list_name":"Harbor Lights fans","subject_line":"New music: {{{release.Title}}}","emails_sent":{{{emails}}},"abuse_reports":0,"unsubscribed":{{{emails / 150}}},"send_time":"{{{sent:yyyy-MM-dd'T'HH:mm:ss}}}+00:00","bounces":{"hard_bounces":{{{emails / 400}}},"soft_bounces":{{{emails / 120}}},"syntax_errors":0},"opens":{"opens_total":{{{opens * 2}}},"unique_opens":{{{opens}}},"open_rate":0.41},"clicks":{"clicks_total":{{{clickers * 2}}},"unique_clicks":{{{clickers + 9}}},"unique_subscriber_clicks":{{{clickers}}},"click_rate":0.09}}
                """));
            first = false;
        }

        yield return DemoFiles.Write(folder, "mailchimp/reports.json", reports.Append("],\"total_items\":3}").ToString(), Utf8NoBom);

        var linktree = new StringBuilder("{\"data\":{\"getAccountAnalytics\":{\"username\":\"harborlights\",\"overview\":{\"timeseries\":[");
        first = true;
        foreach (var day in DemoCatalog.Days(catalog.Until.AddDays(-89), catalog.Until))
        {
            var views = (long)(catalog.Tracks.Sum(track => streams.Spotify(track, day)) * 0.012) + 20;
            var clicks = (long)(views * 0.18);
            linktree.Append(first ? string.Empty : ",").Append(Inv($"{{\"date\":\"{day:yyyy-MM-dd}\",\"totalViews\":{views},\"uniqueViews\":{views * 3 / 4},\"totalClicks\":{clicks},\"uniqueClicks\":{clicks * 4 / 5},\"clickThroughRate\":0.18}}"));
            first = false;
        }

        yield return DemoFiles.Write(folder, "linktree/analytics.json", linktree.Append("]}}}}").ToString(), Utf8NoBom);
    }

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;
}
