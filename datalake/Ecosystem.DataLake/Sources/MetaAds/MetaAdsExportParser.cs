using Ecosystem.DataLake.Datasets.AdDaily;
using Ecosystem.DataLake.Formats;
using Ecosystem.DataLake.Formats.Text;
using Sylvan.Data.Csv;

namespace Ecosystem.DataLake.Sources.MetaAds;

/// <summary>
/// Parses an Ads Manager export into <see cref="AdRow"/>s. A row covers one day when the export has a <c>Day</c>
/// column or its reporting start and end are the same day; otherwise it is a period total. Numbers follow the export's
/// language (<c>"1,018.40"</c>, <c>"1 234,56"</c>), dates are ISO or day-first in localized exports. An empty metric
/// cell is no value (null). A summary row (every name column empty) is the sum of the other rows and is skipped, so
/// nothing is counted twice.
/// </summary>
internal sealed class MetaAdsExportParser(TextReader reader, ParseContext context)
{
    private static readonly (string Column, Action<AdRow, long?> Set)[] Counts =
    [
        (MetaAdsColumns.Impressions, (row, value) => row.Impressions = value),
        (MetaAdsColumns.Reach, (row, value) => row.Reach = value),
        (MetaAdsColumns.Clicks, (row, value) => row.Clicks = value),
        (MetaAdsColumns.LinkClicks, (row, value) => row.LinkClicks = value),
        (MetaAdsColumns.Results, (row, value) => row.Results = value),
    ];

    private readonly StringPool _pool = new();

    public IEnumerable<ParsedRow<AdRow>> Parse()
    {
        var found = CsvTableReader.ReadHeader(reader, IsHeader, maxLeadingLines: 2)
            ?? throw new InvalidDataException("No Ads Manager export header within the first lines.");
        var header = HeaderMap.Read(found.Cells, MetaAdsColumns.Aliases);
        if (MetaAdsColumns.Problem(header) is { } problem)
        {
            throw new InvalidDataException($"The header is not a readable Ads Manager export: {problem}.");
        }

        foreach (var (csv, lineNo) in CsvTableReader.Records(reader, found))
        {
            if (ParseRow(csv, header, lineNo) is { } row)
            {
                yield return row;
            }
        }
    }

    private static bool IsHeader(IReadOnlyList<string> cells) =>
        HeaderMap.Read(cells, MetaAdsColumns.Aliases).Missing(MetaAdsColumns.Signature).Count == 0;

    private ParsedRow<AdRow>? ParseRow(CsvDataReader csv, HeaderMap header, long lineNo)
    {
        if (csv.RowFieldCount != header.ColumnCount)
        {
            return Reject(csv, lineNo, $"expected {header.ColumnCount} fields as in the header, found {csv.RowFieldCount}");
        }

        var campaign = Field(csv, header, MetaAdsColumns.Campaign);
        var adSet = Field(csv, header, MetaAdsColumns.AdSet);
        var ad = Field(csv, header, MetaAdsColumns.Ad);
        if (campaign.IsEmpty && adSet.IsEmpty && ad.IsEmpty)
        {
            return null; // the account-level summary row: the sum of the rows below it
        }

        if (campaign.IsEmpty)
        {
            return Reject(csv, lineNo, "campaign name is empty");
        }

        var order = header.Language is null or "en" ? DayMonthOrder.MonthFirst : DayMonthOrder.DayFirst;
        DateOnly start, end;
        string granularity;
        if (header.Has(MetaAdsColumns.Day))
        {
            var day = Field(csv, header, MetaAdsColumns.Day);
            if (!DateParsers.TryParseDate(day, order, out start))
            {
                return Reject(csv, lineNo, $"day '{day}' is not a date");
            }

            end = start;
            granularity = AdGranularity.Day;
        }
        else
        {
            var startText = Field(csv, header, MetaAdsColumns.ReportingStarts);
            var endText = Field(csv, header, MetaAdsColumns.ReportingEnds);
            if (!DateParsers.TryParseDate(startText, order, out start) || !DateParsers.TryParseDate(endText, order, out end) || end < start)
            {
                return Reject(csv, lineNo, $"reporting period '{startText}' – '{endText}' is not a pair of dates in order");
            }

            granularity = start == end ? AdGranularity.Day : AdGranularity.Period;
        }

        var currency = header.CurrencyOf(MetaAdsColumns.AmountSpent) ?? _pool.GetUpperInvariant(Field(csv, header, MetaAdsColumns.Currency));
        if (currency is not { Length: 3 } || !currency.All(char.IsAsciiLetter))
        {
            return Reject(csv, lineNo, $"currency '{currency}' is not a three-letter code");
        }

        var separator = LocalizedDecimal.DecimalSeparatorFor(header.Language);
        decimal? spend = null;
        var spendText = Field(csv, header, MetaAdsColumns.AmountSpent);
        if (!spendText.IsEmpty)
        {
            if (!LocalizedDecimal.TryParse(spendText, separator, out var amount, out var problem))
            {
                return Reject(csv, lineNo, $"amount spent '{spendText}' {problem}");
            }

            spend = amount;
        }

        var row = new AdRow
        {
            Source = MetaAdsColumns.SourceId,
            Granularity = granularity,
            DateStart = start,
            DateEnd = end,
            Account = _pool.GetOptional(Field(csv, header, MetaAdsColumns.Account)),
            Campaign = _pool.Get(campaign),
            AdSet = _pool.GetOptional(adSet),
            Ad = _pool.GetOptional(ad),
            Age = _pool.GetOptional(Field(csv, header, MetaAdsColumns.Age)),
            Gender = _pool.GetOptional(Field(csv, header, MetaAdsColumns.Gender)),
            Currency = currency,
            Spend = spend,
            ResultIndicator = _pool.GetOptional(Field(csv, header, MetaAdsColumns.ResultIndicator)),
            LineNo = lineNo,
            SourceSha256 = context.SourceSha256,
            RunId = context.RunId,
        };
        foreach (var (column, set) in Counts)
        {
            var text = Field(csv, header, column);
            if (!CountParser.TryNonNegative(text, out var value))
            {
                return Reject(csv, lineNo, $"{column} '{text}' is not a count");
            }

            set(row, value);
        }

        return ParsedRow<AdRow>.Accepted(row);
    }

    private static ReadOnlySpan<char> Field(CsvDataReader csv, HeaderMap header, string column) => CsvTableReader.Field(csv, header.IndexOf(column));

    private static ParsedRow<AdRow> Reject(CsvDataReader csv, long lineNo, string reason) => ParsedRow<AdRow>.Rejected(CsvRecords.Reject(csv, lineNo, reason));
}
