using System.Globalization;
using Sylvan.Data.Csv;

namespace Ecosystem.DataLake.Formats.Text;

/// <summary>
/// One row of a two-column daily series (<c>date,streams</c>, <c>Date,Plays</c>, <c>Date,Listeners</c>): the date
/// (ISO, or numeric in the export's day/month order), a non-negative count, and each day at most once per file.
/// </summary>
public static class DailyCounts
{
    public static ParsedRow<TRow> Row<TRow>(CsvDataReader csv, long lineNo, HeaderMap header, string dateColumn, string countColumn, DayMonthOrder order, HashSet<DateOnly> seen, Func<DateOnly, long, TRow> create)
        where TRow : class
    {
        if (csv.RowFieldCount != header.ColumnCount)
        {
            return Reject<TRow>(csv, lineNo, $"expected {header.ColumnCount} fields as in the header, found {csv.RowFieldCount}");
        }

        var dateText = CsvTableReader.Field(csv, header[dateColumn]);
        if (!DateParsers.TryParseDate(dateText, order, out var date))
        {
            return Reject<TRow>(csv, lineNo, $"date '{dateText}' is not a date");
        }

        var countText = CsvTableReader.Field(csv, header[countColumn]);
        var result = CountParser.TryParse(countText, out var count);
        if (result == CountParser.Result.Missing)
        {
            return Reject<TRow>(csv, lineNo, $"the count for {Iso(date)} is empty ('{countText}'); a missing day is not a zero");
        }

        if (result != CountParser.Result.Value || count < 0)
        {
            return Reject<TRow>(csv, lineNo, $"count '{countText}' is not a non-negative whole number");
        }

        return seen.Add(date)
            ? ParsedRow<TRow>.Accepted(create(date, count))
            : Reject<TRow>(csv, lineNo, $"date {Iso(date)} appears twice in the file");
    }

    private static string Iso(DateOnly date) => date.ToString("O", CultureInfo.InvariantCulture);

    private static ParsedRow<TRow> Reject<TRow>(CsvDataReader csv, long lineNo, string reason)
        where TRow : class => ParsedRow<TRow>.Rejected(CsvRecords.Reject(csv, lineNo, reason));
}
