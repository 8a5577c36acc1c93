using Ecosystem.DataLake.Datasets;
using Ecosystem.DataLake.Datasets.SongPeriods;
using Ecosystem.DataLake.Formats;
using Ecosystem.DataLake.Formats.Text;
using Sylvan.Data.Csv;

namespace Ecosystem.DataLake.Sources.AppleMusic;

/// <summary>
/// Apple Music for Artists song table (SOURCES.md §6): <c>Song</c> (or <c>Song Title</c>, French <c>Morceau</c>/<c>Titre</c>…),
/// <c>Album</c>, <c>Plays</c>, <c>Listeners</c>, <c>Shazams</c>, <c>Purchases</c>, headers in the UI's language, numbers
/// with the language's thousands separators. Totals over the period chosen in the UI, which the file does not name:
/// the name must (<c>…-songs-28day.csv</c>), else the table is unparseable. Into <c>song_period</c>, platform Apple
/// Music (plays as streams); Shazams and purchases are not part of that dataset and stay in the raw file.
/// </summary>
public sealed class AppleMusicSongsTableHandler : SourceHandler<SongPeriod>
{
    public const string FormatId = "apple_music.songs_table";

    private static readonly HeaderAliases Aliases = new HeaderAliases()
        .Add("song", "en", "Song", "Song Title").Add("song", "fr", "Morceau", "Titre").Add("song", "es", "Canción").Add("song", "pt", "Música").Add("song", "de", "Titel")
        .Add("album", "en", "Album").Add("album", "fr", "Album").Add("album", "es", "Álbum").Add("album", "pt", "Álbum").Add("album", "de", "Album")
        .Add("plays", "en", "Plays").Add("plays", "fr", "Lectures").Add("plays", "es", "Reproducciones").Add("plays", "pt", "Reproduções").Add("plays", "de", "Wiedergaben")
        .Add("listeners", "en", "Listeners", "Average Daily Listeners").Add("listeners", "fr", "Auditeurs").Add("listeners", "es", "Oyentes").Add("listeners", "pt", "Ouvintes").Add("listeners", "de", "Hörer")
        .Add("shazams", "en", "Shazams").Add("shazams", "fr", "Shazam").Add("purchases", "en", "Purchases").Add("purchases", "fr", "Achats").Add("purchases", "es", "Compras").Add("purchases", "pt", "Compras").Add("purchases", "de", "Käufe");

    public override string Source => AppleMusicColumns.SourceId;

    public override string Format => FormatId;

    public override DatasetContract<SongPeriod> Contract => SongPeriodContract.Instance;

    public override FormatMatch Match(HeaderSample sample)
    {
        if (CsvTableReader.FirstHeader(sample, Aliases) is not { } header)
        {
            return FormatMatch.None;
        }

        if (!header.HasAll("song", "album", "plays"))
        {
            return FormatMatch.None;
        }

        return header.Unknown.Count > 0
            ? FormatMatch.Variant($"unknown Apple Music song table layout (unexpected: {string.Join(", ", header.Unknown)})")
            : FormatMatch.Of(header.Language ?? "en");
    }

    public override IEnumerable<ParsedRow<SongPeriod>> Parse(TextReader reader, ParseContext context)
    {
        var period = ExportNames.PeriodOf(context.OriginalName)
            ?? throw new InvalidDataException($"An Apple Music song table's period is not in the file, so its name must say it ('…-songs-28day.csv'); '{context.OriginalName}' does not.");
        var asOf = context.LandedOn ?? throw new InvalidDataException("A song table is the window ending on the day it was downloaded, and the landing day is unknown.");
        var found = CsvTableReader.ReadHeader(reader, cells => HeaderMap.Read(cells, Aliases).HasAll("song", "plays"), maxLeadingLines: 2)
            ?? throw new InvalidDataException("No Apple Music song table header within the first lines.");
        var header = HeaderMap.Read(found.Cells, Aliases);
        foreach (var (csv, lineNo) in CsvTableReader.Records(reader, found))
        {
            yield return ParseRow(csv, header, lineNo, period, asOf, context);
        }
    }

    private static ParsedRow<SongPeriod> ParseRow(CsvDataReader csv, HeaderMap header, long lineNo, string period, DateOnly asOf, ParseContext context)
    {
        ParsedRow<SongPeriod> Reject(string reason) => ParsedRow<SongPeriod>.Rejected(CsvRecords.Reject(csv, lineNo, reason));
        ReadOnlySpan<char> Field(string column) => CsvTableReader.Field(csv, header.IndexOf(column));

        if (csv.RowFieldCount != header.ColumnCount || Field("song").IsEmpty)
        {
            return Reject("expected a song and as many fields as the header");
        }

        var row = new SongPeriod
        {
            Source = AppleMusicColumns.SourceId,
            Platform = AppleMusicColumns.Platform,
            Period = period,
            AsOf = asOf,
            Song = Field("song").ToString(),
            LineNo = lineNo,
            SourceSha256 = context.SourceSha256,
            RunId = context.RunId,
        };
        (string Column, Action<long?> Set)[] counts = [("plays", v => row.Streams = v), ("listeners", v => row.Listeners = v)];
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
