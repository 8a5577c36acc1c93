using Ecosystem.DataLake.Datasets;
using Ecosystem.DataLake.Datasets.StreamDaily;
using Ecosystem.DataLake.Formats;
using Ecosystem.DataLake.Formats.Text;

namespace Ecosystem.DataLake.Sources.SpotifyForArtists;

/// <summary>
/// Spotify for Artists per-song stream timeline (SOURCES.md §3b): <c>date,streams</c>, one row per day. The song is
/// named only by the file name (<c>First Song-timeline.csv</c>); a file whose name does not carry it cannot be
/// attributed and is quarantined as unparseable, with that reason. Feeds <c>stream_daily</c> at track granularity.
/// </summary>
public sealed class SpotifySongTimelineHandler : SourceHandler<StreamDay>
{
    public const string FormatId = "spotify_for_artists.song_timeline";
    private const string Date = "date";
    private const string Streams = "streams";

    private static readonly HeaderAliases Aliases = new HeaderAliases().Add(Date, "en", Date).Add(Streams, "en", Streams);

    public override string Source => SpotifyForArtists.SourceId;

    public override string Format => FormatId;

    public override DatasetContract<StreamDay> Contract => StreamDailyContract.Instance;

    public override FormatMatch Match(HeaderSample sample)
    {
        var first = sample.FirstContentLineIndex();
        return first >= 0 && IsHeader(HeaderSample.SplitHeader(sample.Lines[first]).Cells) ? FormatMatch.Of("date-streams") : FormatMatch.None;
    }

    public override IEnumerable<ParsedRow<StreamDay>> Parse(TextReader reader, ParseContext context)
    {
        if (!SpotifyFileNames.TryGetSongTitle(context.OriginalName, out var title))
        {
            throw new InvalidDataException(
                $"A Spotify for Artists song timeline names its song only in the file name ('<Song Title>-timeline.csv'); '{context.OriginalName}' does not, so its streams cannot be attributed. Rename the file and ingest it again.");
        }

        return ParseRows(reader, context, title);
    }

    private static bool IsHeader(IReadOnlyList<string> cells)
    {
        var header = HeaderMap.Read(cells, Aliases);
        return header.ColumnCount == 2 && header.Has(Date) && header.Has(Streams) && header.Unknown.Count == 0;
    }

    private static IEnumerable<ParsedRow<StreamDay>> ParseRows(TextReader reader, ParseContext context, string title)
    {
        var found = CsvTableReader.ReadHeader(reader, IsHeader, maxLeadingLines: 2)
            ?? throw new InvalidDataException("No 'date,streams' header within the first lines.");
        var header = HeaderMap.Read(found.Cells, Aliases);
        var seen = new HashSet<DateOnly>();
        foreach (var (csv, lineNo) in CsvTableReader.Records(reader, found))
        {
            yield return DailyCounts.Row(csv, lineNo, header, Date, Streams, DayMonthOrder.MonthFirst, seen, (date, streams) => new StreamDay
            {
                Source = SpotifyForArtists.SourceId,
                Date = date,
                Platform = SpotifyForArtists.Platform,
                Granularity = StreamGranularity.Track,
                Title = title,
                Streams = streams,
                LineNo = lineNo,
                SourceSha256 = context.SourceSha256,
                RunId = context.RunId,
            });
        }
    }
}
