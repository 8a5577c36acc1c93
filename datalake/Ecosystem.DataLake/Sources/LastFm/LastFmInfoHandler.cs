using System.Text.Json;
using Ecosystem.DataLake.Datasets;
using Ecosystem.DataLake.Datasets.Catalog;
using Ecosystem.DataLake.Formats;
using Ecosystem.DataLake.Formats.Json;
using Ecosystem.DataLake.Formats.Text;

namespace Ecosystem.DataLake.Sources.LastFm;

/// <summary>
/// Last.fm <c>artist.getInfo</c> and <c>track.getInfo</c> (SOURCES.md §5): numbers as strings, optional sections
/// absent rather than null, a tag list that may be one object instead of an array. Into <c>catalog</c> as the day's
/// snapshot of listeners and plays. An error answer (<c>{"error":6,"message":…}</c>, which <c>track.getInfo</c>
/// sends with HTTP 200) is quarantined with its message; the stub Last.fm returns for an unknown track (duration 0,
/// no MusicBrainz id, no album) is rejected, not stored as a real track.
/// </summary>
public sealed class LastFmInfoHandler : JsonSourceHandler<CatalogEntry>
{
    public const string SourceId = "lastfm";
    public const string FormatId = "lastfm.info";

    public override string Source => SourceId;

    public override string Format => FormatId;

    public override DatasetContract<CatalogEntry> Contract => CatalogContract.Instance;

    public override FormatMatch Match(JsonShape shape)
    {
        if (shape.HasAll("error", "message") && shape.Paths.Count <= 4)
        {
            return FormatMatch.Variant("Last.fm answered with an error instead of data (see the file's message)");
        }

        return shape.HasAll("artist.name", "artist.stats.listeners") ? FormatMatch.Of("artist.getInfo")
            : shape.HasAll("track.name", "track.listeners", "track.artist") ? FormatMatch.Of("track.getInfo")
            : FormatMatch.None;
    }

    protected override IEnumerable<ParsedRow<CatalogEntry>> Parse(JsonElement root, ParseContext context)
    {
        var day = context.LandedOn ?? throw new InvalidDataException("A catalogue snapshot needs the day it was taken: the landing day is unknown.");
        if (JsonValues.Property(root, "error") is { } error)
        {
            throw new InvalidDataException($"Last.fm error {error.GetRawText()}: {JsonValues.Text(root, "message")}");
        }

        if (JsonValues.Property(root, "artist") is { ValueKind: JsonValueKind.Object } artist)
        {
            yield return Entry(artist, "artist", day, context, listeners: "stats.listeners", playcount: "stats.playcount", tags: "tags.tag");
        }
        else if (JsonValues.Property(root, "track") is { ValueKind: JsonValueKind.Object } track)
        {
            var stub = JsonValues.Text(track, "duration") == "0" && JsonValues.Property(track, "mbid") is null && JsonValues.Property(track, "album") is null;
            if (stub)
            {
                yield return Reject(track, 1, "Last.fm's placeholder for a track it does not know (duration 0, no MusicBrainz id, no album)");
                yield break;
            }

            var row = Entry(track, "track", day, context, listeners: "listeners", playcount: "playcount", tags: "toptags.tag");
            if (row.Row is { } entry)
            {
                entry.Artist = JsonValues.Text(track, "artist.name");
                entry.Release = JsonValues.Text(track, "album.title");
                entry.DurationMs = JsonValues.Count(track, "duration", out var duration) == CountParser.Result.Value && duration > 0 ? duration : null;
            }

            yield return row;
        }
        else
        {
            throw new InvalidDataException("Neither an 'artist' nor a 'track' object.");
        }
    }

    private static ParsedRow<CatalogEntry> Entry(JsonElement element, string kind, DateOnly day, ParseContext context, string listeners, string playcount, string tags)
    {
        var name = JsonValues.Text(element, "name");
        if (string.IsNullOrEmpty(name))
        {
            return Reject(element, 1, "no name");
        }

        var mbid = JsonValues.Text(element, "mbid") is { Length: > 0 } id ? id : null;
        var listenersFound = JsonValues.Count(element, listeners, out var listenerCount);
        var playsFound = JsonValues.Count(element, playcount, out var plays);
        if (listenersFound == CountParser.Result.Invalid || playsFound == CountParser.Result.Invalid)
        {
            return Reject(element, 1, $"{listeners} or {playcount} is not a whole number");
        }

        return ParsedRow<CatalogEntry>.Accepted(new CatalogEntry
        {
            Source = SourceId,
            Kind = kind,
            Id = mbid ?? JsonValues.Text(element, "url") ?? name,
            Mbid = mbid,
            Name = name,
            AsOf = day,
            Listeners = listenersFound == CountParser.Result.Value ? listenerCount : null,
            Playcount = playsFound == CountParser.Result.Value ? plays : null,
            Tags = TagNames(JsonValues.Path(element, tags)),
            LineNo = 1,
            SourceSha256 = context.SourceSha256,
            RunId = context.RunId,
        });
    }

    /// <summary>Tag names from an array of tags, or from a single tag object (Last.fm collapses one-element lists).</summary>
    private static string? TagNames(JsonElement? tags) => tags switch
    {
        { ValueKind: JsonValueKind.Array } list => string.Join(";", list.EnumerateArray().Select(tag => JsonValues.Text(tag, "name"))),
        { ValueKind: JsonValueKind.Object } single => JsonValues.Text(single, "name"),
        _ => null,
    };
}
