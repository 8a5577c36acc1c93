using System.Globalization;
using Ecosystem.DataLake.Datasets.AudienceDaily;
using Ecosystem.DataLake.Formats;
using Ecosystem.DataLake.Formats.Text;
using Sylvan.Data.Csv;

namespace Ecosystem.DataLake.Sources.SpotifyForArtists;

/// <summary>
/// Parses an audience timeline into <see cref="AudienceDay"/> rows. A metric cell that is empty stays null (the export
/// had no value), a negative or non-integer one rejects the row, and a day listed twice rejects the second row: a day
/// is one fact, never two.
/// </summary>
internal sealed class SpotifyAudienceTimelineParser(TextReader reader, ParseContext context)
{
    private static readonly (string Column, Action<AudienceDay, long?> Set)[] Metrics =
    [
        (SpotifyAudienceColumns.Listeners, (row, value) => row.Listeners = value),
        (SpotifyAudienceColumns.MonthlyListeners, (row, value) => row.MonthlyListeners = value),
        (SpotifyAudienceColumns.MonthlyActiveListeners, (row, value) => row.MonthlyActiveListeners = value),
        (SpotifyAudienceColumns.SuperListeners, (row, value) => row.SuperListeners = value),
        (SpotifyAudienceColumns.Streams, (row, value) => row.Streams = value),
        (SpotifyAudienceColumns.PlaylistAdds, (row, value) => row.PlaylistAdds = value),
        (SpotifyAudienceColumns.Saves, (row, value) => row.Saves = value),
        (SpotifyAudienceColumns.Followers, (row, value) => row.Followers = value),
    ];

    public IEnumerable<ParsedRow<AudienceDay>> Parse()
    {
        var found = CsvTableReader.ReadHeader(reader, IsHeader, maxLeadingLines: 2);
        if (found is null)
        {
            throw new InvalidDataException("No Spotify for Artists audience timeline header within the first lines.");
        }

        var header = HeaderMap.Read(found.Cells, SpotifyAudienceColumns.Aliases);
        if (SpotifyAudienceTimelineHandler.Problem(header) is { } problem)
        {
            throw new InvalidDataException($"The header is not a known audience timeline layout: {problem}.");
        }

        var artist = SpotifyFileNames.ArtistIdOf(context.OriginalName);
        var seen = new HashSet<DateOnly>();
        foreach (var (csv, lineNo) in CsvTableReader.Records(reader, found))
        {
            yield return ParseRow(csv, header, lineNo, artist, seen);
        }
    }

    private static bool IsHeader(IReadOnlyList<string> cells) =>
        HeaderMap.Read(cells, SpotifyAudienceColumns.Aliases).Missing(SpotifyAudienceColumns.Signature).Count == 0;

    private ParsedRow<AudienceDay> ParseRow(CsvDataReader csv, HeaderMap header, long lineNo, string? artist, HashSet<DateOnly> seen)
    {
        if (csv.RowFieldCount != header.ColumnCount)
        {
            return ParsedRow<AudienceDay>.Rejected(CsvRecords.Reject(csv, lineNo, $"expected {header.ColumnCount} fields as in the header, found {csv.RowFieldCount}"));
        }

        var dateText = CsvTableReader.Field(csv, header[SpotifyAudienceColumns.Date]);
        if (!FieldParsers.TryParseIsoDate(dateText, out var date))
        {
            return ParsedRow<AudienceDay>.Rejected(CsvRecords.Reject(csv, lineNo, $"date '{dateText}' is not a YYYY-MM-DD date"));
        }

        if (!seen.Add(date))
        {
            return ParsedRow<AudienceDay>.Rejected(CsvRecords.Reject(csv, lineNo, $"date {date.ToString("O", CultureInfo.InvariantCulture)} appears twice in the file"));
        }

        var row = new AudienceDay
        {
            Source = SpotifyForArtists.SourceId,
            Date = date,
            Platform = SpotifyForArtists.Platform,
            Artist = artist,
            LineNo = lineNo,
            SourceSha256 = context.SourceSha256,
            RunId = context.RunId,
        };
        foreach (var (column, set) in Metrics)
        {
            var index = header.IndexOf(column);
            if (index < 0)
            {
                continue;
            }

            var text = CsvTableReader.Field(csv, index);
            if (!CountParser.TryNonNegative(text, out var value))
            {
                return ParsedRow<AudienceDay>.Rejected(CsvRecords.Reject(csv, lineNo, $"{column} '{text}' is not a count"));
            }

            set(row, value);
        }

        return ParsedRow<AudienceDay>.Accepted(row);
    }
}
