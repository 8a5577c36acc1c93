using System.Text.Json;
using Ecosystem.DataLake.Datasets;
using Ecosystem.DataLake.Datasets.SongPeriods;
using Ecosystem.DataLake.Formats;
using Ecosystem.DataLake.Formats.Text;
using Ecosystem.DataLake.Formats.Json;

namespace Ecosystem.DataLake.Sources.SpotifyForArtists;

/// <summary>
/// The songs JSON the Spotify for Artists music page loads (PORTALS.md: a <c>catalog-view</c> URL with
/// <c>time-filter=</c>): <c>songs[]</c> of <c>id, trackName, trackUri, releaseDate, numStreams, numListeners, numSavers,
/// …</c>, numbers sometimes strings with thousands separators. The window is in the request, not the body, so the
/// scraper names the file after it (<c>…time-filter=28day….json</c>); without it the file is unparseable. Into
/// <c>song_period</c> with Spotify's track id.
/// </summary>
public sealed class SpotifySongsJsonHandler : JsonSourceHandler<SongPeriod>
{
    public const string FormatId = "spotify_for_artists.songs_json";

    public override string Source => SpotifyForArtists.SourceId;

    public override string Format => FormatId;

    public override DatasetContract<SongPeriod> Contract => SongPeriodContract.Instance;

    public override FormatMatch Match(JsonShape shape) =>
        shape.HasAll("songs[].trackName", "songs[].numStreams") ? FormatMatch.Of("catalog-view") : FormatMatch.None;

    protected override IEnumerable<ParsedRow<SongPeriod>> Parse(JsonElement root, ParseContext context)
    {
        var period = ExportNames.PeriodOf(context.OriginalName)
            ?? throw new InvalidDataException($"The songs JSON's window (time-filter=28day, 1year, all…) is only in its request, so the file name must carry it; '{context.OriginalName}' does not.");
        var asOf = context.LandedOn ?? throw new InvalidDataException("A songs list is the window ending on the day it was downloaded, and the landing day is unknown.");
        if (JsonValues.Property(root, "songs") is not { ValueKind: JsonValueKind.Array } songs)
        {
            throw new InvalidDataException("No 'songs' array.");
        }

        var artist = SpotifyFileNames.LeadingArtistIdOf(context.OriginalName);
        long index = 0;
        foreach (var song in songs.EnumerateArray())
        {
            index++;
            var name = JsonValues.Text(song, "trackName");
            if (string.IsNullOrEmpty(name))
            {
                yield return Reject(song, index, "trackName is empty");
                continue;
            }

            var row = new SongPeriod
            {
                Source = SpotifyForArtists.SourceId,
                Platform = SpotifyForArtists.Platform,
                Artist = artist,
                Period = period,
                AsOf = asOf,
                Song = name,
                TrackId = JsonValues.Text(song, "id"),
                ReleaseDate = JsonValues.TryDate(JsonValues.Text(song, "releaseDate"), out var released) ? released : null,
                LineNo = index,
                SourceSha256 = context.SourceSha256,
                RunId = context.RunId,
            };
            (string Field, Action<long?> Set)[] counts = [("numStreams", v => row.Streams = v), ("numListeners", v => row.Listeners = v), ("numSavers", v => row.Saves = v)];
            string? bad = null;
            foreach (var (field, set) in counts)
            {
                if (!JsonValues.TryNonNegativeCount(song, field, out var value))
                {
                    bad = $"{field} '{JsonValues.Text(song, field)}' is not a count";
                    break;
                }

                set(value);
            }

            yield return bad is null ? ParsedRow<SongPeriod>.Accepted(row) : Reject(song, index, bad);
        }
    }
}
