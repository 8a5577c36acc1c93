using Ecosystem.DataLake.Datasets.RoyaltyLines;
using Ecosystem.DataLake.Formats;
using Ecosystem.DataLake.Formats.Text;
using Sylvan.Data.Csv;

namespace Ecosystem.DataLake.Sources.SoundCloud;

/// <summary>
/// Parses a SoundCloud statement into royalty lines. Mapping: Partner → store, Reporting Period → sale month (the
/// month the usage happened), Accounting Period → reporting date, Type → unit kind (kept verbatim, lower-cased),
/// Units → quantity, Revenue (XXX) → amount in XXX, Revenue Share (%) → team percentage. Split Pay Share is not
/// part of <c>royalty_line</c> (splits live in the catalog's rights data).
/// </summary>
internal sealed class SoundCloudStatementParser(TextReader reader, ParseContext context)
{
    private readonly StringPool _pool = new();

    public IEnumerable<ParsedRow<RoyaltyLine>> Parse()
    {
        long lineNo = 0;
        SoundCloudHeader? header = null;
        while (header is null && lineNo <= SoundCloudColumns.MaxPreambleLines + 1)
        {
            var line = reader.ReadLine();
            lineNo++;
            if (line is null)
            {
                yield break;
            }

            var (_, cells) = HeaderSample.SplitHeader(line);
            if (SoundCloudHeader.LooksLikeHeader(cells))
            {
                header = SoundCloudHeader.TryRead(cells, out var problem)
                    ?? throw new InvalidDataException($"The statement header is not a known SoundCloud layout: {problem}.");
            }
        }

        if (header is null)
        {
            throw new InvalidDataException("No SoundCloud statement header within the first lines.");
        }

        var options = new CsvDataReaderOptions { HasHeaders = false, Delimiter = ',', CsvStyle = CsvStyle.Standard, OwnsReader = false };
        using var csv = CsvDataReader.Create(reader, options);
        while (csv.Read())
        {
            lineNo++;
            if (CsvRecords.IsBlank(csv))
            {
                continue;
            }

            yield return ParseRow(csv, header, lineNo);
        }
    }

    private ParsedRow<RoyaltyLine> ParseRow(CsvDataReader csv, SoundCloudHeader header, long lineNo)
    {
        if (csv.RowFieldCount != header.ColumnCount)
        {
            return ParsedRow<RoyaltyLine>.Rejected(CsvRecords.Reject(csv, lineNo, $"expected {header.ColumnCount} fields as in the header, found {csv.RowFieldCount}"));
        }

        var reporting = Field(csv, header, SoundCloudColumns.ReportingPeriod);
        if (!TryPeriod(reporting, out var saleMonth))
        {
            return ParsedRow<RoyaltyLine>.Rejected(CsvRecords.Reject(csv, lineNo, $"Reporting Period '{reporting}' is not a date"));
        }

        var accounting = Field(csv, header, SoundCloudColumns.AccountingPeriod);
        if (!TryPeriod(accounting, out var accountedOn))
        {
            return ParsedRow<RoyaltyLine>.Rejected(CsvRecords.Reject(csv, lineNo, $"Accounting Period '{accounting}' is not a date"));
        }

        var partner = Field(csv, header, SoundCloudColumns.Partner);
        if (partner.IsEmpty)
        {
            return ParsedRow<RoyaltyLine>.Rejected(CsvRecords.Reject(csv, lineNo, "Partner is empty"));
        }

        var units = Field(csv, header, SoundCloudColumns.Units);
        if (!FieldParsers.TryParseInteger(units, out var quantity))
        {
            return ParsedRow<RoyaltyLine>.Rejected(CsvRecords.Reject(csv, lineNo, $"Units '{units}' is not a whole number"));
        }

        var revenue = Field(csv, header, SoundCloudColumns.Revenue);
        if (!FieldParsers.TryParseDecimal(revenue, out var amount, out var problem))
        {
            return ParsedRow<RoyaltyLine>.Rejected(CsvRecords.Reject(csv, lineNo, $"Revenue '{revenue}' {problem}"));
        }

        decimal? share = null;
        var shareText = Field(csv, header, SoundCloudColumns.RevenueShare);
        if (!shareText.IsEmpty)
        {
            if (!FieldParsers.TryParseDecimal(shareText.TrimEnd('%'), out var pct, out _) || pct < 0 || pct > 100)
            {
                return ParsedRow<RoyaltyLine>.Rejected(CsvRecords.Reject(csv, lineNo, $"Revenue Share (%) '{shareText}' is not a number from 0 to 100"));
            }

            share = pct;
        }

        var country = Field(csv, header, SoundCloudColumns.Country);
        if (!country.IsEmpty && !CsvRecords.IsCountryCode(country))
        {
            return ParsedRow<RoyaltyLine>.Rejected(CsvRecords.Reject(csv, lineNo, $"Country '{country}' is not a two-letter code"));
        }

        var track = Field(csv, header, SoundCloudColumns.Track);
        var release = Field(csv, header, SoundCloudColumns.Release);
        var type = Field(csv, header, SoundCloudColumns.Type);
        var line = new RoyaltyLine
        {
            Source = SoundCloudStatementHandler.SourceId,
            ReportingDate = accountedOn,
            SaleMonth = new DateOnly(saleMonth.Year, saleMonth.Month, 1),
            Store = _pool.Get(partner),
            Artist = _pool.Get(Field(csv, header, SoundCloudColumns.Artists)),
            Title = _pool.Get(track.IsEmpty ? release : track),
            Isrc = _pool.GetUpperInvariant(Field(csv, header, SoundCloudColumns.Isrc)),
            Upc = _pool.GetOptional(Field(csv, header, SoundCloudColumns.Upc)),
            ProductKind = track.IsEmpty ? "release" : "song",
            Country = _pool.GetUpperInvariant(country),
            Quantity = quantity,
            UnitKind = type.IsEmpty ? "other" : _pool.GetLowerInvariant(type),
            Amount = amount,
            Currency = header.Currency,
            TeamPct = share,
            IsAdjustment = amount < 0,
            LineNo = lineNo,
            SourceSha256 = context.SourceSha256,
            RunId = context.RunId,
        };
        return ParsedRow<RoyaltyLine>.Accepted(line);
    }

    /// <summary>Periods are date strings; the first ten characters are the ISO date (SOURCES.md §12c).</summary>
    private static bool TryPeriod(ReadOnlySpan<char> value, out DateOnly date) =>
        FieldParsers.TryParseIsoDate(value.Length > 10 ? value[..10] : value, out date);

    private static ReadOnlySpan<char> Field(CsvDataReader csv, SoundCloudHeader header, string column) => csv.GetFieldSpan(header[column]).Trim();
}
