using Ecosystem.DataLake.Datasets;
using Ecosystem.DataLake.Datasets.RoyaltyLines;
using Ecosystem.DataLake.Formats;
using Ecosystem.DataLake.Formats.Text;

namespace Ecosystem.DataLake.Sources.Bandcamp;

/// <summary>
/// Bandcamp sales report CSV (SOURCES.md §12a): UTF-16 LE with a byte-order mark, lower-case headers, US dates with a
/// time (<c>1/31/24 3:14pm</c>), money per row in the row's currency. Feeds <c>royalty_line</c> as direct sales.
/// </summary>
public sealed class BandcampSalesHandler : SourceHandler<RoyaltyLine>
{
    public const string SourceId = "bandcamp";
    public const string FormatId = "bandcamp.sales_report";

    public override string Source => SourceId;

    public override string Format => FormatId;

    public override DatasetContract<RoyaltyLine> Contract => RoyaltyLineContract.Instance;

    public override FormatMatch Match(HeaderSample sample)
    {
        if (CsvTableReader.FirstHeader(sample, BandcampColumns.Aliases) is not { } header)
        {
            return FormatMatch.None;
        }

        if (header.Missing(BandcampColumns.Signature).Count > 0)
        {
            return FormatMatch.None;
        }

        return Problem(header) is { } problem ? FormatMatch.Variant(problem) : FormatMatch.Of(header.Has(BandcampColumns.NetAmount) ? "net-amount" : "amount-you-received");
    }

    public override IEnumerable<ParsedRow<RoyaltyLine>> Parse(TextReader reader, ParseContext context) =>
        new BandcampSalesParser(reader, context).Parse();

    /// <summary>Why a header that looks like a Bandcamp report is not one the parser knows, or null.</summary>
    internal static string? Problem(HeaderMap header)
    {
        var missing = header.Missing(BandcampColumns.Required).ToList();
        if (!header.Has(BandcampColumns.NetAmount) && !header.Has(BandcampColumns.AmountYouReceived))
        {
            missing.Add($"{BandcampColumns.NetAmount} or {BandcampColumns.AmountYouReceived}");
        }

        if (missing.Count == 0 && header.Unknown.Count == 0 && header.Repeated.Count == 0)
        {
            return null;
        }

        return $"unknown Bandcamp sales report layout (missing: {HeaderMap.Describe(missing)}; unexpected: {HeaderMap.Describe(header.Unknown)}; repeated: {HeaderMap.Describe(header.Repeated)})";
    }
}
