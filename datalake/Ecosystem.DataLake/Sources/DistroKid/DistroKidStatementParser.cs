using System.Runtime.CompilerServices;
using Ecosystem.DataLake.Datasets.RoyaltyLines;
using Ecosystem.DataLake.Formats;
using Ecosystem.DataLake.Formats.Text;
using Sylvan.Data.Csv;

namespace Ecosystem.DataLake.Sources.DistroKid;

/// <summary>
/// Parses a DistroKid statement's text into royalty lines. Every cell is checked; a row that breaks the contract
/// is rejected with the reason (never coerced): bad dates, non-integer quantities, unparseable money, a field
/// count that does not match the header.
/// </summary>
internal sealed class DistroKidStatementParser
{
    private const int MaxUnitKindsKept = 1024;

    private readonly TextReader _reader;
    private readonly ParseContext _context;
    private readonly StringPool _pool = new();

    /// <summary>The unit of each pooled store name, by instance (a statement names a few dozen stores).</summary>
    private readonly Dictionary<string, string> _unitKinds = new(ReferenceEqualityComparer.Instance);
    private readonly SpareRows<RoyaltyLine>.Taker? _spares;

    public DistroKidStatementParser(TextReader reader, ParseContext context, SpareRows<RoyaltyLine>? spares)
    {
        _reader = reader;
        _context = context;
        _spares = spares?.Take();
    }

    public IEnumerable<ParsedRow<RoyaltyLine>> Parse()
    {
        long lineNo = 0;
        string? headerLine;
        do
        {
            headerLine = _reader.ReadLine();
            lineNo++;
        }
        while (headerLine is not null && (headerLine.Trim().Length == 0 || headerLine.TrimStart().StartsWith("sep=", StringComparison.OrdinalIgnoreCase)));

        if (headerLine is null)
        {
            yield break;
        }

        var (delimiter, cells) = HeaderSample.SplitHeader(headerLine);
        var header = DistroKidHeader.TryRead(cells, out var problem)
            ?? throw new InvalidDataException($"The statement header is not a known DistroKid layout: {problem}.");
        var columns = new ColumnIndexes(header);

        // DistroKid's TSV is not quoted: a title like "Heroes" keeps its quotes. The CSV variant is RFC 4180.
        using var csv = delimiter == '\t' ? null : CsvDataReader.Create(_reader, new CsvDataReaderOptions
        {
            HasHeaders = false,
            Delimiter = delimiter,
            BufferSize = 1 << 16,
            OwnsReader = false,
        });
        ITextRecords records = csv is null ? new TsvRecords(_reader) : new SylvanRecords(csv);
        while (records.Read())
        {
            lineNo++;
            if (records.IsBlank())
            {
                continue;
            }

            yield return ParseRow(records, header, columns, lineNo);
        }

        _spares?.ReturnUnused();
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private ParsedRow<RoyaltyLine> ParseRow(ITextRecords csv, DistroKidHeader header, ColumnIndexes c, long lineNo)
    {
        if (csv.RowFieldCount != header.ColumnCount)
        {
            return ParsedRow<RoyaltyLine>.Rejected(csv.Reject(lineNo, $"expected {header.ColumnCount} fields as in the header, found {csv.RowFieldCount}"));
        }

        if (!FieldParsers.TryParseIsoDate(csv.GetFieldSpan(c.ReportingDate), out var reportingDate))
        {
            return ParsedRow<RoyaltyLine>.Rejected(csv.Reject(lineNo, $"Reporting Date '{csv.GetFieldSpan(c.ReportingDate)}' is not YYYY-MM-DD"));
        }

        if (!FieldParsers.TryParseYearMonth(csv.GetFieldSpan(c.SaleMonth), out var saleMonth))
        {
            return ParsedRow<RoyaltyLine>.Rejected(csv.Reject(lineNo, $"Sale Month '{csv.GetFieldSpan(c.SaleMonth)}' is not YYYY-MM"));
        }

        var store = csv.GetFieldSpan(c.Store).Trim();
        if (store.IsEmpty)
        {
            return ParsedRow<RoyaltyLine>.Rejected(csv.Reject(lineNo, "Store is empty"));
        }

        if (!FieldParsers.TryParseInteger(csv.GetFieldSpan(c.Quantity), out var quantity))
        {
            return ParsedRow<RoyaltyLine>.Rejected(csv.Reject(lineNo, $"Quantity '{csv.GetFieldSpan(c.Quantity)}' is not a whole number"));
        }

        if (!FieldParsers.TryParseDecimal(csv.GetFieldSpan(c.Earnings), out var amount, out var problem))
        {
            return ParsedRow<RoyaltyLine>.Rejected(csv.Reject(lineNo, $"Earnings '{csv.GetFieldSpan(c.Earnings)}' {problem}"));
        }

        decimal? teamPct = null;
        var teamSpan = csv.GetFieldSpan(c.TeamPercentage).Trim();
        if (!teamSpan.IsEmpty)
        {
            if (!FieldParsers.TryParseDecimal(teamSpan, out var pct, out _) || pct < 0 || pct > 100)
            {
                return ParsedRow<RoyaltyLine>.Rejected(csv.Reject(lineNo, $"Team Percentage '{teamSpan}' is not a number from 0 to 100"));
            }

            teamPct = pct;
        }

        if (!TryOptionalDecimal(csv.GetFieldSpan(c.SongwriterWithheld), out var withheld))
        {
            return ParsedRow<RoyaltyLine>.Rejected(csv.Reject(lineNo, $"Songwriter Royalties Withheld '{csv.GetFieldSpan(c.SongwriterWithheld)}' is not a number"));
        }

        decimal? recoup = null;
        if (c.Recoup >= 0 && !TryOptionalDecimal(csv.GetFieldSpan(c.Recoup), out recoup))
        {
            return ParsedRow<RoyaltyLine>.Rejected(csv.Reject(lineNo, $"Recoup '{csv.GetFieldSpan(c.Recoup)}' is not a number"));
        }

        DateOnly? dateInserted = null;
        if (c.DateInserted >= 0)
        {
            var inserted = csv.GetFieldSpan(c.DateInserted).Trim();
            if (!inserted.IsEmpty)
            {
                if (!FieldParsers.TryParseIsoDate(inserted, out var insertedDate))
                {
                    return ParsedRow<RoyaltyLine>.Rejected(csv.Reject(lineNo, $"Date Inserted '{inserted}' is not YYYY-MM-DD"));
                }

                dateInserted = insertedDate;
            }
        }

        var kind = csv.GetFieldSpan(c.Kind).Trim();
        if (kind.IsEmpty)
        {
            return ParsedRow<RoyaltyLine>.Rejected(csv.Reject(lineNo, "Song/Album (Source Type) is empty"));
        }

        var country = csv.GetFieldSpan(c.Country).Trim();
        if (!country.IsEmpty && !CsvRecords.IsCountryCode(country))
        {
            return ParsedRow<RoyaltyLine>.Rejected(csv.Reject(lineNo, $"Country of Sale '{country}' is not a two-letter code"));
        }

        var storeName = _pool.Get(store);
        // Every property is set: a spare row still holds the values of the line it was before.
        var line = _spares?.Next() ?? new RoyaltyLine();
        line.Source = DistroKidStatementHandler.SourceId;
        line.ReportingDate = reportingDate;
        line.SaleMonth = saleMonth;
        line.Store = storeName;
        line.Artist = _pool.Get(csv.GetFieldSpan(c.Artist).Trim());
        line.Title = _pool.Get(csv.GetFieldSpan(c.Title).Trim());
        line.Isrc = _pool.GetUpperInvariant(csv.GetFieldSpan(c.Isrc).Trim());
        line.Upc = _pool.GetOptional(csv.GetFieldSpan(c.Upc).Trim());
        line.ProductKind = _pool.GetLowerInvariant(kind);
        line.Country = _pool.GetUpperInvariant(country);
        line.Quantity = quantity;
        line.UnitKind = UnitKindOf(storeName);
        line.Amount = amount;
        line.Currency = header.Currency;
        line.TeamPct = teamPct;
        line.SongwriterWithheld = withheld;
        line.Recoup = recoup;
        line.DateInserted = dateInserted;
        line.IsAdjustment = amount < 0;
        line.LineNo = lineNo;
        line.SourceSha256 = _context.SourceSha256;
        line.RunId = _context.RunId;
        line.Occurrence = 0;
        return ParsedRow<RoyaltyLine>.Accepted(line);
    }

    private string UnitKindOf(string store)
    {
        if (!_unitKinds.TryGetValue(store, out var kind))
        {
            kind = StoreUnitKinds.UnitKindOf(store);
            if (_unitKinds.Count < MaxUnitKindsKept)
            {
                _unitKinds[store] = kind; // a store name the pool did not keep is a new instance each time: not kept forever
            }
        }

        return kind;
    }

    private static bool TryOptionalDecimal(ReadOnlySpan<char> value, out decimal? number)
    {
        value = value.Trim();
        if (value.IsEmpty)
        {
            number = null;
            return true;
        }

        var ok = FieldParsers.TryParseDecimal(value, out var parsed, out _);
        number = ok ? parsed : null;
        return ok;
    }

    private readonly struct ColumnIndexes(DistroKidHeader header)
    {
        public int DateInserted { get; } = header[DistroKidColumns.DateInserted];
        public int ReportingDate { get; } = header[DistroKidColumns.ReportingDate];
        public int SaleMonth { get; } = header[DistroKidColumns.SaleMonth];
        public int Store { get; } = header[DistroKidColumns.Store];
        public int Artist { get; } = header[DistroKidColumns.Artist];
        public int Title { get; } = header[DistroKidColumns.Title];
        public int Isrc { get; } = header[DistroKidColumns.Isrc];
        public int Upc { get; } = header[DistroKidColumns.Upc];
        public int Quantity { get; } = header[DistroKidColumns.Quantity];
        public int TeamPercentage { get; } = header[DistroKidColumns.TeamPercentage];
        public int Kind { get; } = Math.Max(header[DistroKidColumns.SongOrAlbum], header[DistroKidColumns.SourceType]);
        public int Country { get; } = header[DistroKidColumns.Country];
        public int SongwriterWithheld { get; } = header[DistroKidColumns.SongwriterWithheld];
        public int Earnings { get; } = header[DistroKidColumns.Earnings];
        public int Recoup { get; } = header[DistroKidColumns.Recoup];
    }
}
