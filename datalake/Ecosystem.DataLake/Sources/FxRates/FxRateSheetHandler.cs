using Ecosystem.DataLake.Datasets;
using Ecosystem.DataLake.Datasets.FxRates;
using Ecosystem.DataLake.Formats;
using Ecosystem.DataLake.Formats.Text;
using Sylvan.Data.Csv;

namespace Ecosystem.DataLake.Sources.FxRates;

/// <summary>
/// The exchange-rate sheet a label keeps (the template in <c>samples/templates/fx-rates.csv</c>): <c>date, currency,
/// usd_per_unit</c>, one row per currency and day (a bank's or the ECB's daily reference rate, converted to US dollars
/// per unit). The warehouse converts money only with a rate from this sheet — never with a guessed one. USD needs no
/// row; a USD row other than 1 is rejected, as is a rate that is not positive.
/// </summary>
public sealed class FxRateSheetHandler : SourceHandler<FxRate>
{
    public const string SourceId = "fx_sheet";
    public const string FormatId = "fx_sheet.rates";

    private const string Date = "date";
    private const string Currency = "currency";
    private const string Rate = "usd_per_unit";

    private static readonly HeaderAliases Aliases = new HeaderAliases()
        .Add(Date, "en", "date").Add(Currency, "en", "currency").Add(Rate, "en", "usd_per_unit", "usd per unit");

    public override string Source => SourceId;

    public override string Format => FormatId;

    public override DatasetContract<FxRate> Contract => FxRateContract.Instance;

    public override FormatMatch Match(HeaderSample sample)
    {
        if (CsvTableReader.FirstHeader(sample, Aliases) is not { } header || !header.HasAll(Date, Currency, Rate))
        {
            return FormatMatch.None;
        }

        return header.Unknown.Count > 0
            ? FormatMatch.Variant($"not the fx template (unexpected: {HeaderMap.Describe(header.Unknown)})")
            : FormatMatch.Of("template-v1");
    }

    public override IEnumerable<ParsedRow<FxRate>> Parse(TextReader reader, ParseContext context)
    {
        var found = CsvTableReader.ReadHeader(reader, cells => HeaderMap.Read(cells, Aliases).HasAll(Date, Currency, Rate), maxLeadingLines: 2)
            ?? throw new InvalidDataException("No fx-rate header within the first lines.");
        var header = HeaderMap.Read(found.Cells, Aliases);
        var pool = new StringPool();
        foreach (var (csv, lineNo) in CsvTableReader.Records(reader, found))
        {
            yield return ParseRow(csv, header, lineNo, pool, context);
        }
    }

    private static ParsedRow<FxRate> ParseRow(CsvDataReader csv, HeaderMap header, long lineNo, StringPool pool, ParseContext context)
    {
        ParsedRow<FxRate> Reject(string reason) => ParsedRow<FxRate>.Rejected(CsvRecords.Reject(csv, lineNo, reason));
        ReadOnlySpan<char> Field(string column) => CsvTableReader.Field(csv, header.IndexOf(column));

        if (csv.RowFieldCount != header.ColumnCount)
        {
            return Reject($"expected {header.ColumnCount} fields as in the header, found {csv.RowFieldCount}");
        }

        if (!FieldParsers.TryParseIsoDate(Field(Date), out var date))
        {
            return Reject($"date '{Field(Date)}' is not a YYYY-MM-DD date");
        }

        var currency = Field(Currency);
        if (!CsvRecords.IsCurrencyCode(currency))
        {
            return Reject($"currency '{currency}' is not a three-letter code");
        }

        if (!FieldParsers.TryParseDecimal(Field(Rate), out var rate, out var problem))
        {
            return Reject($"usd_per_unit '{Field(Rate)}' {problem}");
        }

        if (rate <= 0)
        {
            return Reject($"usd_per_unit {rate} is not a positive rate");
        }

        var code = pool.GetUpperInvariant(currency)!;
        if (code == "USD" && rate != 1)
        {
            return Reject($"a USD rate is always 1, not {rate}");
        }

        return ParsedRow<FxRate>.Accepted(new FxRate
        {
            Source = SourceId,
            Date = date,
            Currency = code,
            UsdPerUnit = rate,
            LineNo = lineNo,
            SourceSha256 = context.SourceSha256,
            RunId = context.RunId,
        });
    }
}
