using Ecosystem.DataLake.Datasets;
using Ecosystem.DataLake.Datasets.RoyaltyLines;
using Ecosystem.DataLake.Formats;
using Ecosystem.DataLake.Formats.Text;
using Sylvan.Data.Csv;

namespace Ecosystem.DataLake.Sources.TooLost;

/// <summary>
/// TooLost's sales report CSV (SOURCES.md §2a) into <c>royalty_line</c>. Mapping: reporting_date → reporting date,
/// sale_date → sale month (three dates per row: the sale's own date drives the period, like DistroKid's sale month),
/// channel → store, track_title (else release_title) → title, units → quantity, the net column → amount in the
/// row's own <c>original_currency</c> (never assumed USD), share → team percentage, the unit kind from the store
/// (<see cref="StoreUnitKinds"/>). Columns after <c>rev_fee</c>
/// beyond the net one (collaborator details) are allowed and ignored, since TooLost's documentation of them is cut off.
/// </summary>
public sealed class TooLostSalesHandler : SourceHandler<RoyaltyLine>
{
    public const string FormatId = "toolost.sales_report";

    public override string Source => TooLostAnalyticsHandler.SourceId;

    public override string Format => FormatId;

    public override DatasetContract<RoyaltyLine> Contract => RoyaltyLineContract.Instance;

    public override FormatMatch Match(HeaderSample sample)
    {
        if (CsvTableReader.FirstHeader(sample, TooLostSalesColumns.Aliases) is not { } header)
        {
            return FormatMatch.None;
        }

        if (!header.HasAll(TooLostSalesColumns.TransactionId, TooLostSalesColumns.Channel, TooLostSalesColumns.UnitPrice))
        {
            return FormatMatch.None;
        }

        return Problem(header) is { } problem ? FormatMatch.Variant(problem) : FormatMatch.Of("sales-report");
    }

    public override IEnumerable<ParsedRow<RoyaltyLine>> Parse(TextReader reader, ParseContext context)
    {
        var found = CsvTableReader.ReadHeader(reader, cells => HeaderMap.Read(cells, TooLostSalesColumns.Aliases).HasAll(TooLostSalesColumns.TransactionId, TooLostSalesColumns.Channel), maxLeadingLines: 2)
            ?? throw new InvalidDataException("No TooLost sales report header within the first lines.");
        var header = HeaderMap.Read(found.Cells, TooLostSalesColumns.Aliases);
        if (Problem(header) is { } problem)
        {
            throw new InvalidDataException($"The header is not a readable TooLost sales report: {problem}.");
        }

        var pool = new StringPool();
        foreach (var (csv, lineNo) in CsvTableReader.Records(reader, found))
        {
            yield return ParseRow(csv, header, lineNo, pool, context);
        }
    }

    private static string? Problem(HeaderMap header)
    {
        var missing = header.Missing(TooLostSalesColumns.Documented);
        if (missing.Count > 0 || header.Repeated.Count > 0)
        {
            return $"unknown TooLost sales report layout (missing: {HeaderMap.Describe(missing)}; repeated: {HeaderMap.Describe(header.Repeated)})";
        }

        return header.Has(TooLostSalesColumns.Net)
            ? null
            : $"no net earnings column (one of net_revenue, net_earnings, earnings, net_amount, royalty_amount, amount_earned, payable); unit_price is gross revenue before TooLost's share and fee, so it is not stored as earnings (columns after rev_fee: {HeaderMap.Describe(header.Unknown)})";
    }

    private static ParsedRow<RoyaltyLine> ParseRow(CsvDataReader csv, HeaderMap header, long lineNo, StringPool pool, ParseContext context)
    {
        ParsedRow<RoyaltyLine> Reject(string reason) => ParsedRow<RoyaltyLine>.Rejected(CsvRecords.Reject(csv, lineNo, reason));
        ReadOnlySpan<char> Field(string column) => CsvTableReader.Field(csv, header.IndexOf(column));

        if (csv.RowFieldCount != header.ColumnCount)
        {
            return Reject($"expected {header.ColumnCount} fields as in the header, found {csv.RowFieldCount}");
        }

        if (!DateParsers.TryParseDate(Field(TooLostSalesColumns.SaleDate), DayMonthOrder.MonthFirst, out var saleDate))
        {
            return Reject($"sale_date '{Field(TooLostSalesColumns.SaleDate)}' is not a date");
        }

        if (!DateParsers.TryParseDate(Field(TooLostSalesColumns.ReportingDate), DayMonthOrder.MonthFirst, out var reportingDate))
        {
            return Reject($"reporting_date '{Field(TooLostSalesColumns.ReportingDate)}' is not a date");
        }

        var channel = Field(TooLostSalesColumns.Channel);
        if (channel.IsEmpty)
        {
            return Reject("channel is empty");
        }

        if (!FieldParsers.TryParseInteger(Field(TooLostSalesColumns.Units), out var units))
        {
            return Reject($"units '{Field(TooLostSalesColumns.Units)}' is not a whole number");
        }

        if (!FieldParsers.TryParseDecimal(Field(TooLostSalesColumns.Net), out var net, out var problem))
        {
            return Reject($"net earnings '{Field(TooLostSalesColumns.Net)}' {problem}");
        }

        var currency = Field(TooLostSalesColumns.Currency);
        if (!CsvRecords.IsCurrencyCode(currency))
        {
            return Reject($"original_currency '{currency}' is not a three-letter code");
        }

        decimal? share = null;
        var shareText = Field(TooLostSalesColumns.Share).TrimEnd('%');
        if (!shareText.IsEmpty)
        {
            if (!FieldParsers.TryParseDecimal(shareText, out var pct, out _) || pct < 0 || pct > 100)
            {
                return Reject($"share '{Field(TooLostSalesColumns.Share)}' is not a percentage from 0 to 100");
            }

            share = pct;
        }

        var country = Field(TooLostSalesColumns.Country);
        if (!country.IsEmpty && !CsvRecords.IsCountryCode(country))
        {
            return Reject($"country '{country}' is not a two-letter code");
        }

        var track = Field(TooLostSalesColumns.TrackTitle);
        return ParsedRow<RoyaltyLine>.Accepted(new RoyaltyLine
        {
            Source = TooLostAnalyticsHandler.SourceId,
            ReportingDate = reportingDate,
            SaleMonth = new DateOnly(saleDate.Year, saleDate.Month, 1),
            Store = pool.Get(channel),
            Artist = pool.Get(Field(TooLostSalesColumns.Artist)),
            Title = pool.Get(track.IsEmpty ? Field(TooLostSalesColumns.ReleaseTitle) : track),
            Isrc = pool.GetUpperInvariant(Field(TooLostSalesColumns.Isrc)),
            Upc = pool.GetOptional(Field(TooLostSalesColumns.Upc)),
            ProductKind = track.IsEmpty ? "release" : "song",
            Country = pool.GetUpperInvariant(country),
            Quantity = units,
            UnitKind = StoreUnitKinds.UnitKindOf(channel.ToString()),
            Amount = net,
            Currency = pool.GetUpperInvariant(currency)!,
            TeamPct = share,
            IsAdjustment = net < 0,
            LineNo = lineNo,
            SourceSha256 = context.SourceSha256,
            RunId = context.RunId,
        });
    }
}
