using Ecosystem.DataLake.Formats;
using Ecosystem.DataLake.Formats.Text;

namespace Ecosystem.DataLake.Sources.AppleMusic;

/// <summary>Detection and reading shared by the two Apple Music chart handlers (plays and listeners).</summary>
internal static class AppleMusicChart
{
    public static FormatMatch Match(HeaderSample sample, string measure)
    {
        var first = sample.FirstContentLineIndex();
        if (first < 0)
        {
            return FormatMatch.None;
        }

        var cells = HeaderSample.SplitHeader(sample.Lines[first]).Cells;
        var (found, problem) = AppleMusicColumns.Classify(cells);
        if (problem is not null)
        {
            // Both handlers see the same problem: only the plays handler reports it, so detection names one format.
            return measure == AppleMusicColumns.Plays ? FormatMatch.Variant(problem) : FormatMatch.None;
        }

        return string.Equals(found, measure, StringComparison.Ordinal)
            ? FormatMatch.Of(HeaderMap.Read(cells, AppleMusicColumns.Aliases).Language ?? "en")
            : FormatMatch.None;
    }

    /// <summary>Each day's count of the measure, rows and rejections in file order.</summary>
    public static IEnumerable<ParsedRow<TRow>> Parse<TRow>(TextReader reader, string measure, Func<DateOnly, long, long, TRow> create)
        where TRow : class
    {
        var found = CsvTableReader.ReadHeader(reader, cells => AppleMusicColumns.Classify(cells).Measure == measure, maxLeadingLines: 2)
            ?? throw new InvalidDataException($"No Apple Music for Artists chart header with a date and {measure} within the first lines.");
        var header = HeaderMap.Read(found.Cells, AppleMusicColumns.Aliases);
        var order = AppleMusicColumns.OrderFor(header.Language);
        var seen = new HashSet<DateOnly>();
        foreach (var (csv, lineNo) in CsvTableReader.Records(reader, found))
        {
            yield return DailyCounts.Row(csv, lineNo, header, AppleMusicColumns.Date, measure, order, seen, (date, count) => create(date, count, lineNo));
        }
    }
}
