using System.Text.Json;
using Ecosystem.DataLake.Datasets;
using Ecosystem.DataLake.Datasets.Catalog;
using Ecosystem.DataLake.Formats;
using Ecosystem.DataLake.Formats.Json;
using Ecosystem.DataLake.Formats.Text;

namespace Ecosystem.DataLake.Sources.SpotifyWebApi;

/// <summary>
/// Spotify Web API catalogue responses (SOURCES.md §4), saved as the API sent them: an artist object, an artist's
/// albums (a paging object of simplified albums) or top tracks (<c>{"tracks":[…]}</c>). Into <c>catalog</c> as
/// snapshots of the day they landed. Fields Spotify removed for Development Mode apps in 2026 (followers, popularity,
/// genres) are simply null when absent; release dates keep their precision (<c>2019</c> → 1 January 2019, precision
/// <c>year</c>), never a guessed day.
/// </summary>
public sealed class SpotifyWebApiHandler : JsonSourceHandler<CatalogEntry>
{
    public const string SourceId = "spotify_web_api";
    public const string FormatId = "spotify_web_api.catalog";

    public override string Source => SourceId;

    public override string Format => FormatId;

    public override DatasetContract<CatalogEntry> Contract => CatalogContract.Instance;

    public override FormatMatch Match(JsonShape shape) =>
        shape.HasAll("tracks[].id", "tracks[].external_ids", "tracks[].album") ? FormatMatch.Of("top-tracks")
        : shape.HasAll("items[].album_type", "items[].release_date", "items[].id") ? FormatMatch.Of("albums")
        : shape.HasAll("type", "id", "name", "uri") && (shape.Has("genres") || shape.Has("followers") || shape.Has("images")) && !shape.Has("album_type") ? FormatMatch.Of("artist")
        : FormatMatch.None;

    protected override IEnumerable<ParsedRow<CatalogEntry>> Parse(JsonElement root, ParseContext context)
    {
        var day = context.LandedOn ?? throw new InvalidDataException("A catalogue snapshot needs the day it was taken: the landing day is unknown.");
        if (JsonValues.Property(root, "tracks") is { ValueKind: JsonValueKind.Array } tracks)
        {
            return Each(tracks, element => Track(element, day, context));
        }

        if (JsonValues.Property(root, "items") is { ValueKind: JsonValueKind.Array } albums)
        {
            return Each(albums, element => Album(element, day, context));
        }

        return JsonValues.Text(root, "type") == "artist"
            ? [Artist(root, day, context, 1)]
            : throw new InvalidDataException($"A Spotify object of type '{JsonValues.Text(root, "type")}' is not an artist, an albums page or top tracks.");
    }

    private static IEnumerable<ParsedRow<CatalogEntry>> Each(JsonElement array, Func<JsonElement, CatalogEntry?> create)
    {
        long index = 0;
        foreach (var element in array.EnumerateArray())
        {
            index++;
            var entry = create(element);
            if (entry is null)
            {
                yield return Reject(element, index, "the object has no id or name");
                continue;
            }

            entry.LineNo = index;
            yield return ParsedRow<CatalogEntry>.Accepted(entry);
        }
    }

    private static ParsedRow<CatalogEntry> Artist(JsonElement artist, DateOnly day, ParseContext context, long index)
    {
        var entry = Entry(artist, "artist", day, context);
        if (entry is null)
        {
            return Reject(artist, index, "the artist has no id or name");
        }

        entry.Followers = Count(artist, "followers.total");
        entry.Popularity = Count(artist, "popularity");
        entry.Tags = JsonValues.Property(artist, "genres") is { ValueKind: JsonValueKind.Array } genres ? string.Join(";", genres.EnumerateArray().Select(g => g.GetString())) : null;
        entry.LineNo = index;
        return ParsedRow<CatalogEntry>.Accepted(entry);
    }

    private static CatalogEntry? Album(JsonElement album, DateOnly day, ParseContext context)
    {
        var entry = Entry(album, "release", day, context);
        if (entry is null)
        {
            return null;
        }

        entry.Artist = FirstArtist(album);
        entry.ReleaseType = JsonValues.Text(album, "album_type");
        entry.TotalTracks = Count(album, "total_tracks");
        entry.Upc = JsonValues.Text(album, "external_ids.upc");
        (entry.ReleaseDate, entry.ReleaseDatePrecision) = ReleaseDate(album);
        return entry;
    }

    private static CatalogEntry? Track(JsonElement track, DateOnly day, ParseContext context)
    {
        var entry = Entry(track, "track", day, context);
        if (entry is null)
        {
            return null;
        }

        entry.Artist = FirstArtist(track);
        entry.Isrc = JsonValues.Text(track, "external_ids.isrc")?.ToUpperInvariant();
        entry.DurationMs = Count(track, "duration_ms");
        entry.Popularity = Count(track, "popularity");
        if (JsonValues.Property(track, "album") is { } album)
        {
            entry.Release = JsonValues.Text(album, "name");
            entry.ReleaseType = JsonValues.Text(album, "album_type");
            (entry.ReleaseDate, entry.ReleaseDatePrecision) = ReleaseDate(album);
        }

        return entry;
    }

    private static CatalogEntry? Entry(JsonElement element, string kind, DateOnly day, ParseContext context)
    {
        var id = JsonValues.Text(element, "id");
        var name = JsonValues.Text(element, "name");
        return string.IsNullOrEmpty(id) || string.IsNullOrEmpty(name)
            ? null
            : new CatalogEntry { Source = SourceId, Kind = kind, Id = id, Name = name, AsOf = day, SourceSha256 = context.SourceSha256, RunId = context.RunId };
    }

    private static string? FirstArtist(JsonElement element) =>
        JsonValues.Property(element, "artists") is { ValueKind: JsonValueKind.Array } artists && artists.GetArrayLength() > 0
            ? string.Join(", ", artists.EnumerateArray().Select(artist => JsonValues.Text(artist, "name")))
            : null;

    private static long? Count(JsonElement element, string path) => JsonValues.Count(element, path, out var value) == CountParser.Result.Value ? value : null;

    /// <summary><c>YYYY</c>, <c>YYYY-MM</c> or <c>YYYY-MM-DD</c>, as the precision field says; the first day of the period otherwise unknown.</summary>
    private static (DateOnly?, string?) ReleaseDate(JsonElement album)
    {
        var text = JsonValues.Text(album, "release_date");
        var precision = JsonValues.Text(album, "release_date_precision");
        return text switch
        {
            { Length: 10 } when FieldParsers.TryParseIsoDate(text, out var date) => (date, precision ?? "day"),
            { Length: 7 } when FieldParsers.TryParseYearMonth(text, out var month) => (month, precision ?? "month"),
            { Length: 4 } when int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var year) && year > 0 => (new DateOnly(year, 1, 1), precision ?? "year"),
            _ => (null, null),
        };
    }
}
