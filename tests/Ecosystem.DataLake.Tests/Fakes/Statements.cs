using System.Globalization;
using System.Text;

namespace Ecosystem.DataLake.Tests.Fakes;

/// <summary>Small DistroKid statements written on the fly: a list of lines becomes a classic-layout TSV file.</summary>
internal static class Statements
{
    public const string ClassicHeader = "Reporting Date\tSale Month\tStore\tArtist\tTitle\tISRC\tUPC\tQuantity\tTeam Percentage\tSong/Album\tCountry of Sale\tSongwriter Royalties Withheld\tEarnings (USD)";

    /// <summary>Line <paramref name="n"/> of a made-up statement: distinct per n, spread over three sale months.</summary>
    public static string Line(int n, decimal? earnings = null, string reportingDate = "2026-03-04")
    {
        var saleMonth = $"2026-{1 + (n % 3):D2}";
        var store = (n % 4) switch { 0 => "Spotify", 1 => "Apple Music", 2 => "Instagram/Facebook", _ => "Deezer" };
        var amount = earnings ?? (n * 0.013m) + 0.000000000001m;
        return string.Create(CultureInfo.InvariantCulture, $"{reportingDate}\t{saleMonth}\t{store}\tNova Reyes\tSong {n % 25}\tQZES224{n % 25:D5}\t0196000000001\t{n * 10}\t100\tSong\t{(n % 2 == 0 ? "US" : "OU")}\t0\t{amount}");
    }

    public static string Write(string folder, string name, IEnumerable<string> lines)
    {
        var path = Path.Combine(folder, name);
        var text = new StringBuilder(ClassicHeader).Append('\n');
        foreach (var line in lines)
        {
            text.Append(line).Append('\n');
        }

        File.WriteAllText(path, text.ToString(), new UTF8Encoding(false));
        return path;
    }

    public static decimal Total(IEnumerable<string> lines) =>
        lines.Sum(line => decimal.Parse(line.Split('\t')[12], CultureInfo.InvariantCulture));
}
