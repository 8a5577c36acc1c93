using Ecosystem.DataLake.Datasets;
using Ecosystem.DataLake.Datasets.SongPeriods;
using Ecosystem.DataLake.Formats;
using Ecosystem.DataLake.Formats.Text;
using Sylvan.Data.Csv;

namespace Ecosystem.DataLake.Sources.SpotifyForArtists;

/// <summary>
/// Spotify for Artists songs list for a period (SOURCES.md §3c): <c>song,listeners,streams,saves,release_date</c>. The
/// window (<c>28day</c>, <c>1year</c>, <c>all</c>…) is written only into the file name (<c>&lt;artistId&gt;-songs-1year.csv</c>);
/// a list whose name does not say is quarantined as unparseable rather than given a guessed window. Song titles are
/// kept verbatim, even when they start with <c>=</c> (exports guard them). Into <c>song_period</c>, as of the landing day.
/// </summary>
public sealed class SpotifySongsListHandler : SourceHandler<SongPeriod>
{
    public const string FormatId = "spotify_for_artists.songs_list";
    private static readonly HeaderAliases Aliases = new HeaderAliases()
        .Add("song", "en", "song").Add("listeners", "en", "listeners").Add("streams", "en", "streams").Add("saves", "en", "saves").Add("release_date", "en", "release_date");

    public override string Source => SpotifyForArtists.SourceId;

    public override string Format => FormatId;

    public override DatasetContract<SongPeriod> Contract => SongPeriodContract.Instance;

    public override FormatMatch Match(HeaderSample sample)
    {
        if (CsvTableReader.FirstHeader(sample, Aliases) is not { } header)
        {
            return FormatMatch.None;
        }

        if (!header.HasAll("song", "streams"))
        {
            return FormatMatch.None;
        }

        return header.Unknown.Count > 0 || !header.HasAll("listeners", "saves", "release_date")
            ? FormatMatch.Variant($"unknown Spotify for Artists songs list layout (unexpected: {HeaderMap.Describe(header.Unknown)})")
            : FormatMatch.Of("songs-period");
    }

    public override IEnumerable<ParsedRow<SongPeriod>> Parse(TextReader reader, ParseContext context)
    {
        var period = ExportNames.PeriodOf(context.OriginalName)
            ?? throw new InvalidDataException($"A songs list's window (28day, 1year, all…) is only in its file name ('<artistId>-songs-1year.csv'); '{context.OriginalName}' does not say it. Rename the file and ingest it again.");
        var asOf = context.LandedOn ?? throw new InvalidDataException("A songs list is the window ending on the day it was downloaded, and the landing day is unknown.");
        var found = CsvTableReader.ReadHeader(reader, cells => HeaderMap.Read(cells, Aliases).HasAll("song", "streams"), maxLeadingLines: 2)
            ?? throw new InvalidDataException("No songs list header within the first lines.");
        var header = HeaderMap.Read(found.Cells, Aliases);
        var artist = SpotifyFileNames.LeadingArtistIdOf(context.OriginalName);
        foreach (var (csv, lineNo) in CsvTableReader.Records(reader, found))
        {
            yield return ParseRow(csv, header, lineNo, period, asOf, artist, context);
        }
    }

    private static ParsedRow<SongPeriod> ParseRow(CsvDataReader csv, HeaderMap header, long lineNo, string period, DateOnly asOf, string? artist, ParseContext context)
    {
        ParsedRow<SongPeriod> Reject(string reason) => ParsedRow<SongPeriod>.Rejected(CsvRecords.Reject(csv, lineNo, reason));
        ReadOnlySpan<char> Field(string column) => CsvTableReader.Field(csv, header.IndexOf(column));

        if (csv.RowFieldCount != header.ColumnCount)
        {
            return Reject($"expected {header.ColumnCount} fields as in the header, found {csv.RowFieldCount}");
        }

        if (Field("song").IsEmpty)
        {
            return Reject("song is empty");
        }

        DateOnly? released = null;
        if (!Field("release_date").IsEmpty)
        {
            if (!FieldParsers.TryParseIsoDate(Field("release_date"), out var date))
            {
                return Reject($"release_date '{Field("release_date")}' is not a YYYY-MM-DD date");
            }

            released = date;
        }

        var row = new SongPeriod
        {
            Source = SpotifyForArtists.SourceId,
            Platform = SpotifyForArtists.Platform,
            Artist = artist,
            Period = period,
            AsOf = asOf,
            Song = Field("song").ToString(),
            ReleaseDate = released,
            LineNo = lineNo,
            SourceSha256 = context.SourceSha256,
            RunId = context.RunId,
        };
        (string Column, Action<long?> Set)[] counts = [("listeners", v => row.Listeners = v), ("streams", v => row.Streams = v), ("saves", v => row.Saves = v)];
        foreach (var (column, set) in counts)
        {
            if (!CountParser.TryNonNegative(Field(column), out var value))
            {
                return Reject($"{column} '{Field(column)}' is not a count");
            }

            set(value);
        }

        return ParsedRow<SongPeriod>.Accepted(row);
    }
}
