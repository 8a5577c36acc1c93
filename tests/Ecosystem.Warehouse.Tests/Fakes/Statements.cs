using System.Text;

namespace Ecosystem.Warehouse.Tests.Fakes;

/// <summary>DistroKid bank statements (the classic 13-column TSV), built line by line in a test.</summary>
internal static class Statements
{
    public const string Header = "Reporting Date\tSale Month\tStore\tArtist\tTitle\tISRC\tUPC\tQuantity\tTeam Percentage\tSong/Album\tCountry of Sale\tSongwriter Royalties Withheld\tEarnings (USD)";

    public static string DistroKid(params string[] lines)
    {
        var text = new StringBuilder(Header).Append('\n');
        foreach (var line in lines)
        {
            text.Append(line).Append('\n');
        }

        return text.ToString();
    }

    /// <summary>One song line: reporting date, sale month (YYYY-MM), store, title, ISRC, quantity, country, earnings.</summary>
    public static string Line(string reported, string saleMonth, string store, string title, string isrc, long quantity, string country, string earnings) =>
        $"{reported}\t{saleMonth}\t{store}\tTest Artist\t{title}\t{isrc}\t0196000000001\t{quantity}\t100\tSong\t{country}\t0\t{earnings}";
}
