using Ecosystem.DataLake.Datasets.SocialDaily;
using Ecosystem.DataLake.Formats;
using Ecosystem.DataLake.Formats.Text;
using Ecosystem.DataLake.Manifest;

namespace Ecosystem.DataLake.Sources.TikTok;

/// <summary>
/// Parses a TikTok Studio daily file. The days have no year, so the whole file (at most a year of days: a few hundred
/// rows) is read first, then placed in time by <see cref="TikTokExportWindow"/>; ISO dates (the older layout) need no
/// placing. A row whose day label or value cannot be read is rejected with the reason; a day listed twice rejects the
/// second row.
/// </summary>
internal sealed class TikTokDailyParser(TextReader reader, ParseContext context, TikTokDailyFile file, Func<HeaderMap, string?> problemOf)
{
    /// <summary>A year of days plus the partial export day, with room to spare; more is not a TikTok export.</summary>
    private const int MaxRows = 400;

    public IEnumerable<ParsedRow<SocialDay>> Parse()
    {
        var found = CsvTableReader.ReadHeader(reader, IsHeader, maxLeadingLines: 2)
            ?? throw new InvalidDataException($"No TikTok Studio {file.FormatId} header within the first lines.");
        var header = HeaderMap.Read(found.Cells, TikTokColumns.Aliases);
        if (problemOf(header) is { } problem)
        {
            throw new InvalidDataException($"The header is not a known TikTok Studio layout: {problem}.");
        }

        var metrics = header.Columns.Where(c => c != TikTokColumns.Date).Select(c => (Metric: c, Index: header[c])).OrderBy(m => m.Index).ToList();
        var rows = new List<PendingDay>();
        var rejects = new List<RejectedRow>();
        foreach (var (csv, lineNo) in CsvTableReader.Records(reader, found))
        {
            if (rows.Count + rejects.Count >= MaxRows)
            {
                throw new InvalidDataException($"More than {MaxRows} rows: a TikTok Studio export covers at most 365 days.");
            }

            if (csv.RowFieldCount != header.ColumnCount)
            {
                rejects.Add(CsvRecords.Reject(csv, lineNo, $"expected {header.ColumnCount} fields as in the header, found {csv.RowFieldCount}"));
                continue;
            }

            var label = CsvTableReader.Field(csv, header[TikTokColumns.Date]);
            DateOnly? iso = FieldParsers.TryParseIsoDate(label, out var isoDate) ? isoDate : null;
            int month = 0, day = 0;
            if (iso is null && !TikTokMonthNames.TryParse(label, out month, out day))
            {
                rejects.Add(CsvRecords.Reject(csv, lineNo, $"date '{label}' is not a day label such as 'August 31'"));
                continue;
            }

            var values = new List<(string Metric, long Value)>();
            string? bad = null;
            foreach (var (metric, index) in metrics)
            {
                var text = CsvTableReader.Field(csv, index);
                var result = CountParser.TryParse(text, out var value);
                if (result == CountParser.Result.Value)
                {
                    values.Add((metric, value));
                }
                else if (result == CountParser.Result.Invalid)
                {
                    bad = $"{found.Cells[index].Trim().Trim('\uFEFF')} '{text}' is not a whole number";
                    break;
                }
            }

            if (bad is not null)
            {
                rejects.Add(CsvRecords.Reject(csv, lineNo, bad));
                continue;
            }

            rows.Add(new PendingDay(lineNo, iso, month, day, values, csv.GetRawRecordSpan().TrimEnd("\r\n").ToString()));
        }

        foreach (var reject in rejects)
        {
            yield return ParsedRow<SocialDay>.Rejected(reject);
        }

        foreach (var row in Place(rows))
        {
            yield return row;
        }
    }

    private static bool IsHeader(IReadOnlyList<string> cells) => HeaderMap.Read(cells, TikTokColumns.Aliases).Has(TikTokColumns.Date);

    private IEnumerable<ParsedRow<SocialDay>> Place(List<PendingDay> rows)
    {
        DateOnly[] dates;
        if (rows.All(r => r.Iso is not null))
        {
            dates = rows.Select(r => r.Iso!.Value).ToArray();
        }
        else if (rows.Any(r => r.Iso is not null))
        {
            throw new InvalidDataException("The file mixes ISO dates and day labels without a year.");
        }
        else
        {
            var exportDay = TikTokExportWindow.ExportDay(context.OriginalName, context.LandedOn)
                ?? throw new InvalidDataException("TikTok days have no year and neither the file name nor its landing day says when it was exported.");
            var (placed, problem) = TikTokExportWindow.Place(rows.Select(r => (r.Month, r.Day)).ToList(), exportDay);
            dates = placed ?? throw new InvalidDataException($"The days cannot be placed in time: {problem}.");
        }

        var account = TikTokExportWindow.HandleOf(context.OriginalName);
        var seen = new HashSet<DateOnly>();
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            if (!seen.Add(dates[i]))
            {
                yield return ParsedRow<SocialDay>.Rejected(RejectedRow.Of(row.LineNo, $"date {dates[i].ToString("O", System.Globalization.CultureInfo.InvariantCulture)} appears twice in the file", row.Raw));
                continue;
            }

            foreach (var (metric, value) in row.Values)
            {
                yield return ParsedRow<SocialDay>.Accepted(new SocialDay
                {
                    Source = TikTokColumns.SourceId,
                    Platform = TikTokColumns.Platform,
                    Account = account,
                    Date = dates[i],
                    Metric = metric,
                    Value = value,
                    LineNo = row.LineNo,
                    SourceSha256 = context.SourceSha256,
                    RunId = context.RunId,
                });
            }
        }
    }

    private sealed record PendingDay(long LineNo, DateOnly? Iso, int Month, int Day, List<(string Metric, long Value)> Values, string Raw);
}
