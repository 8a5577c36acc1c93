using Ecosystem.DataLake.Formats.Text;

namespace Ecosystem.DataLake.Sources.TooLost;

/// <summary>
/// Columns of TooLost's sales reports (SOURCES.md §2a): snake_case, documented up to <c>rev_fee</c>; the help page's
/// tail (net earnings, collaborators) could not be read, so the net amount is taken only from a column whose name
/// says so, and a report without one is quarantined rather than having its gross revenue passed off as earnings.
/// </summary>
internal static class TooLostSalesColumns
{
    public const string TransactionId = "transaction_id";
    public const string SaleDate = "sale_date";
    public const string AccountingDate = "accounting_date";
    public const string ReportingDate = "reporting_date";
    public const string ReleaseTitle = "release_title";
    public const string ReleaseId = "release_id";
    public const string TrackTitle = "track_title";
    public const string TrackId = "track_id";
    public const string Channel = "channel";
    public const string Country = "country";
    public const string Isrc = "isrc";
    public const string Upc = "upc";
    public const string Units = "units";
    public const string UnitPrice = "unit_price";
    public const string Currency = "original_currency";
    public const string SplitId = "split_id";
    public const string Share = "share";
    public const string RevFee = "rev_fee";
    public const string Artist = "artist";
    public const string Net = "net";

    /// <summary>Every documented column; all must be present.</summary>
    public static IReadOnlyList<string> Documented { get; } =
        [TransactionId, SaleDate, AccountingDate, ReportingDate, ReleaseTitle, ReleaseId, TrackTitle, TrackId, Channel, Country, Isrc, Upc, Units, UnitPrice, Currency, SplitId, Share, RevFee];

    public static HeaderAliases Aliases { get; } = Build();

    private static HeaderAliases Build()
    {
        var aliases = new HeaderAliases();
        foreach (var column in Documented)
        {
            aliases.Add(column, "en", column);
        }

        aliases.Add(Artist, "en", "artist", "artist_name", "release_artist");
        aliases.Add(Net, "en", "net_revenue", "net_earnings", "earnings", "net_amount", "royalty_amount", "amount_earned", "payable");
        return aliases;
    }
}
