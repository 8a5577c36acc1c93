using System.Globalization;
using Ecosystem.DataLake.Datasets;
using Ecosystem.DataLake.Datasets.AudienceBreakdowns;
using Ecosystem.DataLake.Formats;
using Ecosystem.DataLake.Formats.Text;
using Ecosystem.DataLake.Manifest;

namespace Ecosystem.DataLake.Sources.TikTok;

/// <summary>
/// TikTok Studio <c>FollowerActivity.csv</c> (<c>Date,Hour,Active followers</c>): active followers per hour, for only
/// the last 7 days of each export — a skipped weekly import loses those hours for good, so every export is kept. Days
/// have no year and are placed like the other daily files. Into <c>audience_breakdown</c> (dimension
/// <c>active_hour</c>, key <c>00</c>–<c>23</c>, counts) per day. The file's last day is the export day, partial (its
/// future hours are zero-filled): it is left out rather than stored as real zeros, and the next export brings it whole.
/// </summary>
public sealed class TikTokFollowerActivityHandler : SourceHandler<AudienceBreakdown>
{
    public const string FormatId = "tiktok.follower_activity";

    public override string Source => TikTokColumns.SourceId;

    public override string Format => FormatId;

    public override DatasetContract<AudienceBreakdown> Contract => AudienceBreakdownContract.Instance;

    public override FormatMatch Match(HeaderSample sample)
    {
        var first = sample.FirstContentLineIndex();
        if (first < 0)
        {
            return FormatMatch.None;
        }

        var cells = HeaderSample.SplitHeader(sample.Lines[first]).Cells;
        return cells.Count == 3 && cells[1].Equals("Hour", StringComparison.OrdinalIgnoreCase) && cells[2].Equals("Active followers", StringComparison.OrdinalIgnoreCase)
            ? FormatMatch.Of("hourly")
            : FormatMatch.None;
    }

    public override IEnumerable<ParsedRow<AudienceBreakdown>> Parse(TextReader reader, ParseContext context)
    {
        var exportDay = TikTokExportWindow.ExportDay(context.OriginalName, context.LandedOn)
            ?? throw new InvalidDataException("TikTok days have no year and neither the file name nor its landing day says when it was exported.");
        var found = CsvTableReader.ReadHeader(reader, cells => cells.Count == 3 && cells[1].Equals("Hour", StringComparison.OrdinalIgnoreCase), maxLeadingLines: 2)
            ?? throw new InvalidDataException("No FollowerActivity header within the first lines.");
        var rows = new List<(long Line, int Month, int Day, int Hour, long Count, string Raw)>();
        var rejects = new List<RejectedRow>();
        foreach (var (csv, lineNo) in CsvTableReader.Records(reader, found))
        {
            if (csv.RowFieldCount != 3 || !TikTokMonthNames.TryParse(CsvTableReader.Field(csv, 0), out var month, out var day) ||
                !int.TryParse(CsvTableReader.Field(csv, 1), NumberStyles.None, CultureInfo.InvariantCulture, out var hour) || hour > 23 ||
                CountParser.TryParse(CsvTableReader.Field(csv, 2), out var count) != CountParser.Result.Value || count < 0)
            {
                rejects.Add(CsvRecords.Reject(csv, lineNo, "expected a day label, an hour from 0 to 23 and a count"));
                continue;
            }

            rows.Add((lineNo, month, day, hour, count, csv.GetRawRecordSpan().TrimEnd("\r\n").ToString()));
        }

        foreach (var reject in rejects)
        {
            yield return ParsedRow<AudienceBreakdown>.Rejected(reject);
        }

        // One day label per 24 rows: place the distinct days in order, then map each row to its day.
        var days = rows.Select(r => (r.Month, r.Day)).Distinct().ToList();
        var (dates, problem) = TikTokExportWindow.Place(days, exportDay);
        if (dates is null)
        {
            throw new InvalidDataException($"The days cannot be placed in time: {problem}.");
        }

        var dateOf = days.Select((day, i) => (day, dates[i])).ToDictionary(pair => pair.day, pair => pair.Item2);
        var account = TikTokExportWindow.HandleOf(context.OriginalName);
        var lastDay = dates.Length == 0 ? DateOnly.MinValue : dates.Max();
        foreach (var row in rows)
        {
            var date = dateOf[(row.Month, row.Day)];
            if (date == lastDay)
            {
                continue; // the file's last day is the export day, partial: its future hours are zero-filled
            }

            yield return ParsedRow<AudienceBreakdown>.Accepted(new AudienceBreakdown
            {
                Source = TikTokColumns.SourceId,
                Platform = TikTokColumns.Platform,
                Account = account,
                AsOf = date,
                Dimension = "active_hour",
                Key = row.Hour.ToString("D2", CultureInfo.InvariantCulture),
                Unit = "count",
                Value = row.Count,
                LineNo = row.Line,
                SourceSha256 = context.SourceSha256,
                RunId = context.RunId,
            });
        }
    }
}
