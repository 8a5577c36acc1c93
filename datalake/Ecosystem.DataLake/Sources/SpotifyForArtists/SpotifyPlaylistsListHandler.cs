using Ecosystem.DataLake.Datasets;
using Ecosystem.DataLake.Datasets.PlaylistPeriods;
using Ecosystem.DataLake.Formats;
using Ecosystem.DataLake.Formats.Text;
using Sylvan.Data.Csv;

namespace Ecosystem.DataLake.Sources.SpotifyForArtists;

/// <summary>
/// Spotify for Artists playlists list for a period (SOURCES.md §3d): <c>title,author,listeners,streams,date_added</c>,
/// <c>date_added</c> a date, empty, <c>-</c> or <c>n/a</c> (no date: null). The window is only in the file name
/// (<c>&lt;artistId&gt;-playlists-28day.csv</c>); without it the list is unparseable. Into <c>playlist_period</c>.
/// </summary>
public sealed class SpotifyPlaylistsListHandler : SourceHandler<PlaylistPeriod>
{
    public const string FormatId = "spotify_for_artists.playlists_list";
    private static readonly string[] Columns = ["title", "author", "listeners", "streams", "date_added"];
    private static readonly HeaderAliases Aliases = Build();

    public override string Source => SpotifyForArtists.SourceId;

    public override string Format => FormatId;

    public override DatasetContract<PlaylistPeriod> Contract => PlaylistPeriodContract.Instance;

    public override FormatMatch Match(HeaderSample sample)
    {
        if (CsvTableReader.FirstHeader(sample, Aliases) is not { } header)
        {
            return FormatMatch.None;
        }

        if (!header.HasAll("title", "author", "date_added"))
        {
            return FormatMatch.None;
        }

        return header.Unknown.Count > 0 || !header.HasAll(Columns)
            ? FormatMatch.Variant($"unknown Spotify for Artists playlists layout (unexpected: {HeaderMap.Describe(header.Unknown)})")
            : FormatMatch.Of("playlists-period");
    }

    public override IEnumerable<ParsedRow<PlaylistPeriod>> Parse(TextReader reader, ParseContext context)
    {
        var period = ExportNames.PeriodOf(context.OriginalName)
            ?? throw new InvalidDataException($"A playlists list's window (28day, 1year, all…) is only in its file name ('<artistId>-playlists-28day.csv'); '{context.OriginalName}' does not say it. Rename the file and ingest it again.");
        var asOf = context.LandedOn ?? throw new InvalidDataException("A playlists list is the window ending on the day it was downloaded, and the landing day is unknown.");
        var found = CsvTableReader.ReadHeader(reader, cells => HeaderMap.Read(cells, Aliases).HasAll("title", "author"), maxLeadingLines: 2)
            ?? throw new InvalidDataException("No playlists header within the first lines.");
        var header = HeaderMap.Read(found.Cells, Aliases);
        var artist = SpotifyFileNames.LeadingArtistIdOf(context.OriginalName);
        foreach (var (csv, lineNo) in CsvTableReader.Records(reader, found))
        {
            yield return ParseRow(csv, header, lineNo, period, asOf, artist, context);
        }
    }

    private static ParsedRow<PlaylistPeriod> ParseRow(CsvDataReader csv, HeaderMap header, long lineNo, string period, DateOnly asOf, string? artist, ParseContext context)
    {
        ParsedRow<PlaylistPeriod> Reject(string reason) => ParsedRow<PlaylistPeriod>.Rejected(CsvRecords.Reject(csv, lineNo, reason));
        ReadOnlySpan<char> Field(string column) => CsvTableReader.Field(csv, header.IndexOf(column));

        if (csv.RowFieldCount != header.ColumnCount)
        {
            return Reject($"expected {header.ColumnCount} fields as in the header, found {csv.RowFieldCount}");
        }

        if (Field("title").IsEmpty)
        {
            return Reject("title is empty");
        }

        DateOnly? added = null;
        if (!CountParser.IsMissing(Field("date_added")))
        {
            if (!FieldParsers.TryParseIsoDate(Field("date_added"), out var date))
            {
                return Reject($"date_added '{Field("date_added")}' is not a YYYY-MM-DD date, empty, '-' or 'n/a'");
            }

            added = date;
        }

        var row = new PlaylistPeriod
        {
            Source = SpotifyForArtists.SourceId,
            Platform = SpotifyForArtists.Platform,
            Artist = artist,
            Period = period,
            AsOf = asOf,
            Playlist = Field("title").ToString(),
            Author = Field("author").IsEmpty ? null : Field("author").ToString(),
            DateAdded = added,
            LineNo = lineNo,
            SourceSha256 = context.SourceSha256,
            RunId = context.RunId,
        };
        (string Column, Action<long?> Set)[] counts = [("listeners", v => row.Listeners = v), ("streams", v => row.Streams = v)];
        foreach (var (column, set) in counts)
        {
            if (!CountParser.TryNonNegative(Field(column), out var value))
            {
                return Reject($"{column} '{Field(column)}' is not a count");
            }

            set(value);
        }

        return ParsedRow<PlaylistPeriod>.Accepted(row);
    }

    private static HeaderAliases Build()
    {
        var aliases = new HeaderAliases();
        foreach (var column in Columns)
        {
            aliases.Add(column, "en", column);
        }

        return aliases;
    }
}
