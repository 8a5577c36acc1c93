namespace Ecosystem.DataLake.Sources.DistroKid;

/// <summary>
/// The bank statement's columns, by normalized header name. Currency suffixes (<c>(USD)</c>) are stripped before
/// matching and the currency is read from the <c>Earnings (XXX)</c> header, never assumed.
/// </summary>
internal static class DistroKidColumns
{
    public const string DateInserted = "date inserted";
    public const string ReportingDate = "reporting date";
    public const string SaleMonth = "sale month";
    public const string Store = "store";
    public const string Artist = "artist";
    public const string Title = "title";
    public const string Isrc = "isrc";
    public const string Upc = "upc";
    public const string Quantity = "quantity";
    public const string TeamPercentage = "team percentage";
    public const string SongOrAlbum = "song/album";
    public const string SourceType = "source type";
    public const string Country = "country of sale";
    public const string SongwriterWithheld = "songwriter royalties withheld";
    public const string Earnings = "earnings";
    public const string Recoup = "recoup";

    /// <summary>Classic layout (13 columns).</summary>
    public static IReadOnlySet<string> Classic { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        ReportingDate, SaleMonth, Store, Artist, Title, Isrc, Upc, Quantity, TeamPercentage, SongOrAlbum, Country, SongwriterWithheld, Earnings,
    };

    /// <summary>Newer layout (15 columns): Date Inserted first, Source Type for Song/Album, Recoup at the end.</summary>
    public static IReadOnlySet<string> Current { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        DateInserted, ReportingDate, SaleMonth, Store, Artist, Title, Isrc, Upc, Quantity, TeamPercentage, SourceType, Country, SongwriterWithheld, Earnings, Recoup,
    };

    /// <summary>Columns whose presence says "this is a DistroKid statement" even when the layout is unknown.</summary>
    public static IReadOnlyList<string> Signature { get; } = [ReportingDate, SaleMonth, Store, Isrc, Earnings];
}
