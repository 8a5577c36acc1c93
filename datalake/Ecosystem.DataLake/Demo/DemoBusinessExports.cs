using System.Text;
using static Ecosystem.DataLake.Demo.DemoFiles;

namespace Ecosystem.DataLake.Demo;

/// <summary>
/// Bandcamp direct sales (UTF-16, with payouts and a refund), the catalog-and-rights sheet (every track with its
/// holders, except one track with no split on file and one whose shares sum to 90 %), the expense sheet and the fx-rate
/// sheet (EUR and GBP on bank days).
/// </summary>
internal static class DemoBusinessExports
{
    private static readonly string[] BuyerCountries = ["US", "GB", "DE", "FR", "JP"];

    public static IEnumerable<string> Write(string folder, DemoCatalog catalog, DemoRandom random)
    {
        var sales = new StringBuilder("date,paid to,item type,item name,artist,currency,item price,quantity,sub total,amount you received,net amount,upc,isrc,buyer name,buyer email,country code\n");
        var index = 0;
        foreach (var day in DemoCatalog.Days(catalog.From, catalog.Until))
        {
            if (random.Next(day.DayNumber, 13, 13) > 0.08)
            {
                continue;
            }

            var track = catalog.Tracks[(int)(random.Next(day.DayNumber, 14, 14) * catalog.Tracks.Count)];
            if (track.Released > day)
            {
                continue;
            }

            var album = random.Next(day.DayNumber, 15, 15) < 0.4;
            var (currency, price) = (index % 3) switch { 0 => ("USD", album ? 10.00m : 1.50m), 1 => ("EUR", album ? 9.00m : 1.25m), _ => ("GBP", album ? 8.00m : 1.00m) };
            var net = decimal.Round(price * 0.82m, 2);
            var title = album ? track.Release.Title : track.Title;
            sales.Append(Inv($"{day.Month}/{day.Day}/{day:yy} {1 + (index % 11)}:{index % 60:D2}pm,PayPal,{(album ? "album" : "track")},{DemoFiles.Cell(title)},{DemoFiles.Cell(track.Artist)},{currency},{price},1,{price},{net},{net},{track.Release.Upc},{(album ? string.Empty : track.Isrc)},Fan {index},fan{index}@example.com,{BuyerCountries[index % 5]}\n"));
            if (++index % 25 == 0)
            {
                sales.Append(Inv($"{day.Month}/{day.Day}/{day:yy} 11:59pm,PayPal,payout,payout to PayPal,,USD,,,,-150.00,-150.00,,,,,\n"));
            }
        }

        sales.Append(Inv($"{catalog.Until.Month}/{catalog.Until.Day}/{catalog.Until:yy} 9:00am,PayPal,album,{DemoFiles.Cell(catalog.Releases[0].Title)},{catalog.Releases[0].Artist},USD,10.00,1,10.00,-8.20,-8.20,{catalog.Releases[0].Upc},,Fan refund,refund@example.com,US\n"));
        yield return DemoFiles.Write(folder, "bandcamp/sales-report.csv", sales.ToString(), new UnicodeEncoding(bigEndian: false, byteOrderMark: true));

        var sheet = new StringBuilder("artist,title,isrc,upc,release_date,release_type,rights_holder,share_pct,valid_from,valid_to\n");
        foreach (var track in catalog.Tracks)
        {
            var start = Inv($"{track.Released:yyyy-MM-dd}");
            var prefix = Inv($"{DemoFiles.Cell(track.Artist)},{DemoFiles.Cell(track.Title)},{track.Isrc},{track.Release.Upc},{start},{track.Release.Type}");
            if (track.Title == "Slow Dancer")
            {
                sheet.Append(prefix).Append(",,,,\n"); // no split on file yet: the warehouse must flag it
            }
            else if (track.Artist.Contains('&', StringComparison.Ordinal))
            {
                sheet.Append(prefix).Append(Inv($",Nova Reyes,50,{start},\n")).Append(prefix).Append(Inv($",Kai Moreno,50,{start},\n"));
            }
            else if (track.Title == "Ghost Signal")
            {
                sheet.Append(prefix).Append(Inv($",The Lanterns,60,{start},\n")).Append(prefix).Append(Inv($",Harbor Lights Publishing,30,{start},\n")); // 90 %
            }
            else
            {
                sheet.Append(prefix).Append(Inv($",{DemoFiles.Cell(track.Artist)},80,{start},\n")).Append(prefix).Append(Inv($",Harbor Lights Publishing,20,{start},\n"));
            }
        }

        yield return DemoFiles.Write(folder, "sheets/catalog-rights.csv", sheet.ToString(), Utf8NoBom);

        var expenses = new StringBuilder("date,description,amount,currency,category,card\n");
        foreach (var release in catalog.Releases)
        {
            expenses.Append(Inv($"{release.Date.AddDays(-30):yyyy-MM-dd},{DemoFiles.Cell($"Mastering - {release.Title}")},{120 + (release.Title.Length * 10)}.00,USD,production,4821\n"));
            expenses.Append(Inv($"{release.Date.AddDays(-20):yyyy-MM-dd},{DemoFiles.Cell($"Artwork - {release.Title}")},250.00,EUR,design,\n"));
        }

        expenses.Append(Inv($"{catalog.Promoted.Date.AddDays(-7):yyyy-MM-dd},Meta Ads top-up,1200.00,EUR,marketing,4821\n"));
        yield return DemoFiles.Write(folder, "sheets/expenses.csv", expenses.ToString(), Utf8NoBom);

        // Reference rates on bank days only: weekends have none, as in a real rate sheet.
        var rates = new StringBuilder("date,currency,usd_per_unit\n");
        foreach (var day in DemoCatalog.Days(catalog.From, catalog.Until).Where(d => d.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday)))
        {
            var drift = decimal.Round((decimal)(random.Next(day.DayNumber, 16, 16) - 0.5) * 0.02m, 4);
            rates.Append(Inv($"{day:yyyy-MM-dd},EUR,{1.0800m + drift}\n")).Append(Inv($"{day:yyyy-MM-dd},GBP,{1.2700m + drift}\n"));
        }

        yield return DemoFiles.Write(folder, "sheets/fx-rates.csv", rates.ToString(), Utf8NoBom);
    }
}
