using Ecosystem.DataLake.Datasets.RoyaltyLines;
using Ecosystem.DataLake.Formats;
using Ecosystem.DataLake.Formats.Text;
using Sylvan.Data.Csv;

namespace Ecosystem.DataLake.Sources.Bandcamp;

/// <summary>
/// Parses a Bandcamp sales report into royalty lines. Mapping: date → reporting date (the day of the sale) and sale
/// month, store <c>Bandcamp</c>, item name → title, item type → product kind (album, track, bundle, package…),
/// quantity, <c>net amount</c> (what the seller keeps after fees; <c>amount you received</c> in reports without it) →
/// amount in the row's currency, country code → country. Digital items count as downloads, packages as physical.
/// Payout rows (money leaving Bandcamp for the seller's account) and pending sales are not revenue and are skipped;
/// refunds (negative amounts) are kept as adjustments.
/// </summary>
internal sealed class BandcampSalesParser(TextReader reader, ParseContext context)
{
    private const string Store = "Bandcamp";
    private readonly StringPool _pool = new();

    public IEnumerable<ParsedRow<RoyaltyLine>> Parse()
    {
        var found = CsvTableReader.ReadHeader(reader, IsHeader, maxLeadingLines: 2)
            ?? throw new InvalidDataException("No Bandcamp sales report header within the first lines.");
        var header = HeaderMap.Read(found.Cells, BandcampColumns.Aliases);
        if (BandcampSalesHandler.Problem(header) is { } problem)
        {
            throw new InvalidDataException($"The header is not a known Bandcamp sales report layout: {problem}.");
        }

        var amountColumn = header.Has(BandcampColumns.NetAmount) ? BandcampColumns.NetAmount : BandcampColumns.AmountYouReceived;
        foreach (var (csv, lineNo) in CsvTableReader.Records(reader, found))
        {
            if (ParseRow(csv, header, amountColumn, lineNo) is { } row)
            {
                yield return row;
            }
        }
    }

    private static bool IsHeader(IReadOnlyList<string> cells) =>
        HeaderMap.Read(cells, BandcampColumns.Aliases).Missing(BandcampColumns.Signature).Count == 0;

    private ParsedRow<RoyaltyLine>? ParseRow(CsvDataReader csv, HeaderMap header, string amountColumn, long lineNo)
    {
        if (csv.RowFieldCount != header.ColumnCount)
        {
            return Reject(csv, lineNo, $"expected {header.ColumnCount} fields as in the header, found {csv.RowFieldCount}");
        }

        var itemType = Field(csv, header, BandcampColumns.ItemType);
        if (itemType.Equals("payout", StringComparison.OrdinalIgnoreCase) || itemType.Equals("pending sale", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        if (itemType.IsEmpty)
        {
            return Reject(csv, lineNo, "item type is empty");
        }

        var dateText = Field(csv, header, BandcampColumns.Date);
        if (!DateParsers.TryParseDate(dateText, DayMonthOrder.MonthFirst, out var date))
        {
            return Reject(csv, lineNo, $"date '{dateText}' is not a M/d/yy date");
        }

        var quantityText = Field(csv, header, BandcampColumns.Quantity);
        if (!FieldParsers.TryParseInteger(quantityText, out var quantity))
        {
            return Reject(csv, lineNo, $"quantity '{quantityText}' is not a whole number");
        }

        var amountText = Field(csv, header, amountColumn);
        if (!FieldParsers.TryParseDecimal(amountText, out var amount, out var problem))
        {
            return Reject(csv, lineNo, $"{amountColumn} '{amountText}' {problem}");
        }

        var currency = Field(csv, header, BandcampColumns.Currency);
        if (!CsvRecords.IsCurrencyCode(currency))
        {
            return Reject(csv, lineNo, $"currency '{currency}' is not a three-letter code");
        }

        var country = Field(csv, header, BandcampColumns.CountryCode);
        if (!country.IsEmpty && !CsvRecords.IsCountryCode(country))
        {
            return Reject(csv, lineNo, $"country code '{country}' is not a two-letter code");
        }

        var title = Field(csv, header, BandcampColumns.ItemName);
        if (title.IsEmpty)
        {
            return Reject(csv, lineNo, "item name is empty");
        }

        var kind = _pool.GetLowerInvariant(itemType);
        return ParsedRow<RoyaltyLine>.Accepted(new RoyaltyLine
        {
            Source = BandcampSalesHandler.SourceId,
            ReportingDate = date,
            SaleMonth = new DateOnly(date.Year, date.Month, 1),
            Store = Store,
            Artist = _pool.Get(Field(csv, header, BandcampColumns.Artist)),
            Title = _pool.Get(title),
            Isrc = _pool.GetUpperInvariant(Field(csv, header, BandcampColumns.Isrc)),
            Upc = _pool.GetOptional(Field(csv, header, BandcampColumns.Upc)),
            ProductKind = kind,
            Country = _pool.GetUpperInvariant(country),
            Quantity = quantity,
            UnitKind = kind == "package" ? "physical" : "download",
            Amount = amount,
            Currency = _pool.GetUpperInvariant(currency)!,
            IsAdjustment = amount < 0,
            LineNo = lineNo,
            SourceSha256 = context.SourceSha256,
            RunId = context.RunId,
        });
    }

    private static ReadOnlySpan<char> Field(CsvDataReader csv, HeaderMap header, string column) => CsvTableReader.Field(csv, header.IndexOf(column));

    private static ParsedRow<RoyaltyLine> Reject(CsvDataReader csv, long lineNo, string reason) =>
        ParsedRow<RoyaltyLine>.Rejected(CsvRecords.Reject(csv, lineNo, reason));
}
