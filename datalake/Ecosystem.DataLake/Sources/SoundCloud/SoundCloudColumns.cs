namespace Ecosystem.DataLake.Sources.SoundCloud;

/// <summary>
/// Columns of the SoundCloud for Artists (Repost) lifetime statement, by normalized name (SOURCES.md §12c). The
/// column order varies between exports, so every column is found by name.
/// </summary>
internal static class SoundCloudColumns
{
    public const string ReportingPeriod = "reporting period";
    public const string AccountingPeriod = "accounting period";
    public const string Artists = "artist(s)";
    public const string Release = "release";
    public const string Track = "track";
    public const string Upc = "upc";
    public const string Isrc = "isrc";
    public const string Partner = "partner";
    public const string Country = "country";
    public const string Type = "type";
    public const string Units = "units";
    public const string Revenue = "revenue";
    public const string RevenueShare = "revenue share (%)";
    public const string SplitPayShare = "split pay share (%)";

    /// <summary>Every column the statement has; all must be present.</summary>
    public static IReadOnlySet<string> All { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        ReportingPeriod, AccountingPeriod, Artists, Release, Track, Upc, Isrc, Partner, Country, Type, Units, Revenue, RevenueShare, SplitPayShare,
    };

    /// <summary>Columns that say "this is a SoundCloud statement" even in a layout the parser does not know.</summary>
    public static IReadOnlyList<string> Signature { get; } = [ReportingPeriod, AccountingPeriod, Partner, Units];

    /// <summary>The statement opens with two preamble rows: "Account ID" and the account's UUID.</summary>
    public const string PreambleMarker = "account id";

    /// <summary>How many lines may come before the header.</summary>
    public const int MaxPreambleLines = 5;
}
