using System.Text;
using static Ecosystem.DataLake.Demo.DemoFiles;

namespace Ecosystem.DataLake.Demo;

/// <summary>
/// DistroKid bank statements: one per sale month, arriving two months later (reporting date: the first Tuesday of
/// the month after next), store-specific rates, the <c>OU</c> country, album downloads without ISRC. One month is
/// restated: a later statement repeats its lines (same reporting date) with corrected Spotify quantities, which the
/// lake must take in place of the first statement's lines, never in addition.
/// </summary>
internal static class DemoStatements
{
    private static readonly (string Store, double Share, decimal Rate, bool Download)[] Stores =
    [
        ("Spotify", 0.62, 0.00312m, false), ("Apple Music", 0.17, 0.00671m, false), ("YouTube Music", 0.06, 0.00402m, false),
        ("Amazon Unlimited (Streaming)", 0.04, 0.00447m, false), ("Deezer", 0.03, 0.00351m, false), ("Tidal", 0.015, 0.00893m, false),
        ("TikTok", 0.04, 0.00041m, false), ("Instagram/Facebook", 0.02, 0.0000112m, false), ("iTunes", 0.0004, 0.69m, true),
    ];

    private static readonly (string Country, double Share)[] Countries = [("US", 0.36), ("GB", 0.1), ("DE", 0.08), ("BR", 0.07), ("FR", 0.05), ("OU", 0.34)];

    public const string Header = "Date Inserted\tReporting Date\tSale Month\tStore\tArtist\tTitle\tISRC\tUPC\tQuantity\tTeam Percentage\tSource Type\tCountry of Sale\tSongwriter Royalties Withheld (USD)\tEarnings (USD)\tRecoup (USD)";

    public static IEnumerable<string> Write(string folder, DemoCatalog catalog, DemoStreams streams, DemoRandom random)
    {
        var months = new List<DateOnly>();
        for (var month = new DateOnly(catalog.From.Year, catalog.From.Month, 1); ReportingDate(month) <= catalog.Until; month = month.AddMonths(1))
        {
            months.Add(month);
        }

        foreach (var month in months)
        {
            yield return DemoFiles.Write(folder, Inv($"distrokid/DistroKid_{ReportingDate(month):yyyy-MM-dd}.tsv"), Statement(catalog, streams, random, month, restated: false), Utf8NoBom);
        }

        if (months.Count >= 4)
        {
            // The restatement: DistroKid re-sends an earlier month with Spotify's corrected counts.
            var restated = months[^4];
            yield return DemoFiles.Write(folder, Inv($"distrokid/DistroKid_{ReportingDate(restated):yyyy-MM-dd}_revised.tsv"), Statement(catalog, streams, random, restated, restated: true), Utf8NoBom);
        }
    }

    public static DateOnly ReportingDate(DateOnly saleMonth)
    {
        var day = saleMonth.AddMonths(2);
        while (day.DayOfWeek != DayOfWeek.Tuesday)
        {
            day = day.AddDays(1);
        }

        return day;
    }

    private static string Statement(DemoCatalog catalog, DemoStreams streams, DemoRandom random, DateOnly month, bool restated)
    {
        var reported = ReportingDate(month);
        var text = new StringBuilder(Header).Append('\n');
        var last = month.AddMonths(1).AddDays(-1);
        foreach (var track in catalog.Tracks.Where(track => track.Released <= last))
        {
            var total = DemoCatalog.Days(month, last).Sum(day => streams.AllPlatforms(track, day));
            foreach (var (store, share, rate, download) in Stores)
            {
                foreach (var (country, countryShare) in Countries)
                {
                    var correction = restated && store == "Spotify" ? 1.04 : 1.0;
                    var quantity = (long)Math.Round(total * share * countryShare * correction * random.Around(track.Index, month.DayNumber, store.Length * 31 + country[0], 0.05));
                    var albumRow = download && catalog.Tracks.First(other => other.Release == track.Release) != track;
                    if (quantity <= 0 || albumRow)
                    {
                        continue; // a store download is of the album: one row per release, not per track
                    }

                    var earnings = decimal.Round(quantity * rate, 10);
                    text.Append(Line(reported, month, store, track, download ? "Album" : "Song", country, quantity, earnings, isrc: download ? string.Empty : track.Isrc));
                }
            }
        }

        return text.ToString();
    }

    private static string Line(DateOnly reported, DateOnly month, string store, DemoTrack track, string kind, string country, long quantity, decimal earnings, string isrc) =>
        Inv($"{reported:yyyy-MM-dd}\t{reported:yyyy-MM-dd}\t{month:yyyy-MM}\t{store}\t{track.Artist}\t{(kind == "Album" ? track.Release.Title : track.Title)}\t{isrc}\t{track.Release.Upc}\t{quantity}\t100\t{kind}\t{country}\t0\t{earnings}\t0\n");
}
