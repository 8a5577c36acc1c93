using Ecosystem.DataLake.Formats.Text;

namespace Ecosystem.DataLake.Sources.Bandcamp;

/// <summary>
/// Columns of the Bandcamp sales report (SOURCES.md §12a), lower-case with spaces. The parser reads the sale, the
/// item and the money; buyer and shipping columns (names, e-mails, phones, addresses, notes) are known so the header is
/// recognised, but never read, so no personal data reaches staging, curated or the warehouse.
/// </summary>
internal static class BandcampColumns
{
    public const string Date = "date";
    public const string ItemType = "item type";
    public const string ItemName = "item name";
    public const string Artist = "artist";
    public const string Currency = "currency";
    public const string Quantity = "quantity";
    public const string NetAmount = "net amount";
    public const string AmountYouReceived = "amount you received";
    public const string Upc = "upc";
    public const string Isrc = "isrc";
    public const string CountryCode = "country code";

    /// <summary>The columns the parser needs; besides these, one of the two amount columns.</summary>
    public static IReadOnlyList<string> Required { get; } = [Date, ItemType, ItemName, Artist, Currency, Quantity];

    /// <summary>A header with these is a Bandcamp sales report, whatever else it has.</summary>
    public static IReadOnlyList<string> Signature { get; } = [Date, "paid to", ItemType, ItemName];

    public static HeaderAliases Aliases { get; } = Build();

    private static HeaderAliases Build()
    {
        string[] known =
        [
            Date, "paid to", ItemType, ItemName, Artist, Currency, "item price", Quantity, "discount code", "sub total",
            "additional fan contribution", "tax rate", "seller tax", "marketplace tax", "shipping", "ship from country name",
            "transaction fee", "fee type", "item total", AmountYouReceived, NetAmount, "paypal transaction id", "package",
            "option", "item url", "catalog number", Upc, Isrc, "buyer name", "buyer email", "buyer phone", "buyer note",
            "ship to name", "ship to street", "ship to street 2", "ship to city", "ship to state", "ship to zip",
            "ship to country", "ship to country code", "ship date", "ship notes", "country", CountryCode, "region/state",
            "city", "referer", "referer url", "sku", "bandcamp transaction id", "bandcamp transaction item id",
            "bandcamp related transaction id", "collection society share", "payment state",
        ];
        var aliases = new HeaderAliases();
        foreach (var column in known)
        {
            aliases.Add(column, "en", column);
        }

        return aliases;
    }
}
