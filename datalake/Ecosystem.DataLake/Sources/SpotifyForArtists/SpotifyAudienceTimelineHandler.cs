using Ecosystem.DataLake.Datasets;
using Ecosystem.DataLake.Datasets.AudienceDaily;
using Ecosystem.DataLake.Formats;
using Ecosystem.DataLake.Formats.Text;

namespace Ecosystem.DataLake.Sources.SpotifyForArtists;

/// <summary>
/// Spotify for Artists audience timeline (SOURCES.md §3a): comma CSV, UTF-8 with BOM, lower-case headers with spaces,
/// ISO dates, one row per day. Feeds <c>audience_daily</c>; the artist is the Spotify artist id from the file name
/// when the name has Spotify's shape.
/// </summary>
public sealed class SpotifyAudienceTimelineHandler : SourceHandler<AudienceDay>
{
    public const string FormatId = "spotify_for_artists.audience_timeline";

    public override string Source => SpotifyForArtists.SourceId;

    public override string Format => FormatId;

    public override DatasetContract<AudienceDay> Contract => AudienceDailyContract.Instance;

    public override FormatMatch Match(HeaderSample sample)
    {
        if (CsvTableReader.FirstHeader(sample, SpotifyAudienceColumns.Aliases) is not { } header)
        {
            return FormatMatch.None;
        }

        if (header.Missing(SpotifyAudienceColumns.Signature).Count > 0)
        {
            return FormatMatch.None;
        }

        return Problem(header) is { } problem ? FormatMatch.Variant(problem) : FormatMatch.Of(LayoutOf(header));
    }

    public override IEnumerable<ParsedRow<AudienceDay>> Parse(TextReader reader, ParseContext context) =>
        new SpotifyAudienceTimelineParser(reader, context).Parse();

    /// <summary>Why a header that looks like an audience timeline is not one this parser knows, or null.</summary>
    internal static string? Problem(HeaderMap header)
    {
        var missing = header.Missing(SpotifyAudienceColumns.Required);
        if (missing.Count > 0 || header.Unknown.Count > 0 || header.Repeated.Count > 0)
        {
            return $"unknown Spotify for Artists audience timeline layout (missing: {HeaderMap.Describe(missing)}; unexpected: {HeaderMap.Describe(header.Unknown)}; repeated: {HeaderMap.Describe(header.Repeated)})";
        }

        return null;
    }

    private static string LayoutOf(HeaderMap header) => header.ColumnCount switch
    {
        4 => "2020",
        8 when header.Has(SpotifyAudienceColumns.MonthlyListeners) => "2026",
        9 when header.Has(SpotifyAudienceColumns.SuperListeners) => "2026-super",
        var count => $"columns-{count}",
    };
}
