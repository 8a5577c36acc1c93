using System.Globalization;
using System.Text;

namespace Ecosystem.Cron.Bench;

/// <summary>
/// Writes a realistic DistroKid bank statement for a small label: three artists and a collab, 25 tracks with
/// ISRCs on five releases, two years of sale months reported two months later, store-specific rates (Instagram/Facebook
/// plays in the millions at fractions of a cent), album download rows without ISRC, the <c>OU</c> country, and a few
/// negative corrections. Deterministic for a given seed; streamed, so any size fits in memory.
/// </summary>
public sealed class SyntheticStatement
{
    private static readonly (string Store, double Weight, double Rate, bool Download)[] Stores =
    [
        ("Spotify", 0.36, 0.0031, false), ("Apple Music", 0.12, 0.0068, false), ("YouTube (Ads)", 0.08, 0.0009, false),
        ("Instagram/Facebook", 0.06, 0.000011, false), ("TikTok", 0.08, 0.0004, false), ("Amazon Unlimited (Streaming)", 0.05, 0.0045, false),
        ("Amazon Prime (Streaming)", 0.02, 0.0040, false), ("Deezer", 0.04, 0.0035, false), ("Tidal", 0.02, 0.0090, false),
        ("YouTube Music", 0.04, 0.0040, false), ("Pandora", 0.03, 0.0013, false), ("Snapchat", 0.02, 0.0003, false),
        ("iTunes", 0.03, 0.70, true), ("Amazon", 0.01, 0.69, true), ("Beatport", 0.01, 1.10, true), ("Boomplay", 0.01, 0.0006, false),
    ];

    private static readonly (string Country, double Weight)[] Countries =
    [
        ("US", 0.33), ("OU", 0.10), ("GB", 0.08), ("DE", 0.07), ("FR", 0.05), ("BR", 0.05), ("MX", 0.04), ("CA", 0.04), ("AU", 0.03),
        ("SE", 0.03), ("ES", 0.03), ("IN", 0.03), ("JP", 0.02), ("IT", 0.02), ("NL", 0.02), ("IS", 0.02), ("PL", 0.02), ("NG", 0.02),
    ];

    private static readonly string[] Artists = ["Nova Reyes", "The Midnight Orchards", "Sólveig Árnadóttir", "Nova Reyes & Sólveig Árnadóttir"];

    private static readonly string[] Titles =
    [
        "Glass Harbor", "Paper Moons", "Undertow", "Neon Prayer", "Slow Burn", "Salt & Static", "Golden Hour Again", "Northbound",
        "Kaleidoscope Heart", "Ferris Wheel", "Wildflower Season", "Ghost Signal", "Don't Call It Love", "Midnight Orchard", "Lantern",
        "Hvítur Vetur", "Fjara", "Stjörnuljós", "Norðurljós (Acoustic)", "Echoes in Blue", "Hold the Line", "Velvet Static",
        "Summer in Reykjavík", "Tidal Lines", "After the Rain",
    ];

    private readonly Random _random;
    private readonly StatementLayout _layout;
    private readonly double[] _storeCumulative;
    private readonly double[] _countryCumulative;

    public SyntheticStatement(int seed, StatementLayout layout)
    {
        _random = new Random(seed);
        _layout = layout;
        _storeCumulative = Cumulative(Stores.Select(s => s.Weight));
        _countryCumulative = Cumulative(Countries.Select(c => c.Weight));
    }

    /// <summary>First sale month of the default statement: two years up to the summer before the bench's "today".</summary>
    public static DateOnly DefaultFirstSaleMonth { get; } = new(2024, 9, 1);

    public static string Header(StatementLayout layout) => layout == StatementLayout.Current
        ? "Date Inserted\tReporting Date\tSale Month\tStore\tArtist\tTitle\tISRC\tUPC\tQuantity\tTeam Percentage\tSource Type\tCountry of Sale\tSongwriter Royalties Withheld (USD)\tEarnings (USD)\tRecoup (USD)"
        : "Reporting Date\tSale Month\tStore\tArtist\tTitle\tISRC\tUPC\tQuantity\tTeam Percentage\tSong/Album\tCountry of Sale\tSongwriter Royalties Withheld\tEarnings (USD)";

    public static async Task<long> WriteFileAsync(string path, int rows, int seed, StatementLayout layout, DateOnly firstSaleMonth, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        await using var file = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 20, FileOptions.Asynchronous);
        await using (var writer = new StreamWriter(file, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), 1 << 20))
        {
            await new SyntheticStatement(seed, layout).WriteAsync(writer, rows, firstSaleMonth, cancellationToken);
        }

        return new FileInfo(path).Length;
    }

    public async Task WriteAsync(TextWriter writer, int rows, DateOnly firstSaleMonth, CancellationToken cancellationToken)
    {
        await writer.WriteAsync(Header(_layout));
        await writer.WriteAsync('\n');
        var line = new StringBuilder(256);
        for (var i = 0; i < rows; i++)
        {
            if ((i & 0xFFFF) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            // Sale months run forward through the file the way DistroKid lists them, two years in all.
            var saleMonth = firstSaleMonth.AddMonths((int)((long)i * 24 / Math.Max(rows, 1)));
            AppendLine(line, saleMonth);
            await writer.WriteAsync(line, cancellationToken);
            line.Clear();
        }
    }

    private void AppendLine(StringBuilder line, DateOnly saleMonth)
    {
        var track = _random.Next(Titles.Length);
        var artist = Artists[track % 7 == 3 ? 3 : track % 3];
        var release = track / 5;
        var store = Stores[Pick(_storeCumulative)];
        var country = Countries[Pick(_countryCumulative)].Country;
        var reporting = saleMonth.AddMonths(2).AddDays(2 + (7 * _random.Next(4)));
        var album = store.Download && _random.NextDouble() < 0.25;
        long quantity = store.Store == "Instagram/Facebook"
            ? _random.NextInt64(1_000, 2_000_000)
            : store.Download ? _random.Next(1, 4) : (long)Math.Exp(_random.NextDouble() * 8.5);
        var amount = (decimal)(quantity * store.Rate * (album ? 9.9 : 1) * (0.85 + (_random.NextDouble() * 0.3)));
        if (_random.NextDouble() < 0.002)
        {
            amount = -amount; // a store correction
            quantity = 0;
        }

        var team = artist.Contains('&', StringComparison.Ordinal) ? "50" : "100";
        var isrc = album ? string.Empty : string.Create(CultureInfo.InvariantCulture, $"QZES2{24 + (release / 3)}{track + 1:D5}");
        var upc = string.Create(CultureInfo.InvariantCulture, $"019600{release + 1:D7}");
        var withheld = store.Store == "Spotify" && country == "US" && !album ? decimal.Round(amount * 0.08m, 8) : 0m;

        if (_layout == StatementLayout.Current)
        {
            line.Append(Iso(reporting.AddDays(_random.Next(0, 2)))).Append('\t');
        }

        line.Append(Iso(reporting)).Append('\t')
            .Append(saleMonth.ToString("yyyy-MM", CultureInfo.InvariantCulture)).Append('\t')
            .Append(store.Store).Append('\t')
            .Append(artist).Append('\t')
            .Append(album ? ReleaseTitle(release) : Titles[track]).Append('\t')
            .Append(isrc).Append('\t')
            .Append(upc).Append('\t')
            .Append(quantity.ToString(CultureInfo.InvariantCulture)).Append('\t')
            .Append(team).Append('\t')
            .Append(album ? "Album" : "Song").Append('\t')
            .Append(country).Append('\t')
            .Append(withheld.ToString(CultureInfo.InvariantCulture)).Append('\t')
            .Append(decimal.Round(amount, 12).ToString(CultureInfo.InvariantCulture));
        if (_layout == StatementLayout.Current)
        {
            line.Append('\t');
        }

        line.Append('\n');
    }

    private static string ReleaseTitle(int release) => release switch
    {
        0 => "Glass Harbor EP",
        1 => "Salt & Static",
        2 => "Wildflower Season",
        3 => "Hvítur Vetur",
        _ => "Tidal Lines (Deluxe)",
    };

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private int Pick(double[] cumulative)
    {
        var x = _random.NextDouble() * cumulative[^1];
        var index = Array.BinarySearch(cumulative, x);
        return index >= 0 ? index : Math.Min(~index, cumulative.Length - 1);
    }

    private static double[] Cumulative(IEnumerable<double> weights)
    {
        var sum = 0.0;
        return weights.Select(w => sum += w).ToArray();
    }
}
