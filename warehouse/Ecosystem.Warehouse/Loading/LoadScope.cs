using Ecosystem.DataLake.Identity;
using Microsoft.Data.Sqlite;

namespace Ecosystem.Warehouse.Loading;

/// <summary>
/// The dimensions as one load sees them: every id cached in memory, a new member inserted the first time a row names
/// it (in the load's transaction). Identity rules come from the lake's identity library: stores map to platforms
/// (<see cref="StoreAliases"/>), credits to canonical artists (<see cref="ArtistCredits"/>, <see cref="NameKey"/>),
/// rows to catalog tracks (<see cref="TrackMatcher"/>). A scope whose transaction rolled back is thrown away.
/// </summary>
public sealed class LoadScope
{
    private readonly SqliteConnection _connection;
    private readonly Dictionary<string, long> _platforms = new(StringComparer.Ordinal);
    private readonly Dictionary<string, long> _stores = new(StringComparer.Ordinal);
    private readonly Dictionary<string, long> _artistsByKey = new(StringComparer.Ordinal);
    private readonly Dictionary<long, string> _artistNames = [];
    private readonly Dictionary<string, long> _aliases = new(StringComparer.Ordinal);
    private readonly Dictionary<(long Platform, string Name), long> _accounts = [];
    private readonly Dictionary<(string Source, string Account, string Name), long> _campaigns = [];
    private readonly HashSet<string> _countries = new(StringComparer.Ordinal);
    private readonly Dictionary<string, long> _releases = new(StringComparer.Ordinal);
    private readonly Dictionary<string, long> _tracksByIsrc = new(StringComparer.Ordinal);
    private readonly List<(long Id, CatalogTrack Track)> _tracks = [];
    private readonly Dictionary<(string Isrc, string Title, string Artist), object?> _trackMatches = [];
    private LastTrack? _lastTrack;
    private string? _lastCountry;
    private readonly Dictionary<string, long> _sourceFiles = new(StringComparer.Ordinal);
    private TrackMatcher? _matcher;

    private LoadScope(SqliteConnection connection, long runId)
    {
        _connection = connection;
        RunId = runId;
    }

    /// <summary>The <c>etl_run</c> row of this load; every row it writes carries it.</summary>
    public long RunId { get; }

    public SqliteTransaction? Transaction { get; set; }

    public static LoadScope Open(SqliteConnection connection, long runId)
    {
        var scope = new LoadScope(connection, runId);
        scope.Read("SELECT id, name FROM platform", r => scope._platforms[r.GetString(1)] = r.GetInt64(0));
        scope.Read("SELECT id, name FROM store_alias", r => scope._stores[r.GetString(1)] = r.GetInt64(0));
        scope.Read("SELECT id, name FROM artist", r =>
        {
            scope._artistsByKey[NameKey.Of(r.GetString(1))] = r.GetInt64(0);
            scope._artistNames[r.GetInt64(0)] = r.GetString(1);
        });
        scope.Read("SELECT id, name FROM artist_alias", r => scope._aliases[r.GetString(1)] = r.GetInt64(0));
        scope.Read("SELECT id, platform_id, name FROM account", r => scope._accounts[(r.GetInt64(1), r.GetString(2))] = r.GetInt64(0));
        scope.Read("SELECT id, source, account, name FROM campaign", r => scope._campaigns[(r.GetString(1), r.GetString(2), r.GetString(3))] = r.GetInt64(0));
        scope.Read("SELECT code FROM country", r => scope._countries.Add(r.GetString(0)));
        scope.Read("SELECT id, upc FROM release", r => scope._releases[r.GetString(1)] = r.GetInt64(0));
        scope.Read("SELECT t.id, t.isrc, t.title, a.name FROM track t JOIN artist_alias a ON a.id = t.artist_alias_id ORDER BY t.id", r =>
        {
            scope._tracksByIsrc[r.GetString(1)] = r.GetInt64(0);
            scope._tracks.Add((r.GetInt64(0), new CatalogTrack(r.GetString(1), r.GetString(2), r.GetString(3))));
        });
        scope.Read("SELECT id, sha256 FROM source_file", r => scope._sourceFiles[r.GetString(1)] = r.GetInt64(0));
        return scope;
    }

    public long Platform(string name)
    {
        if (_platforms.TryGetValue(name, out var id))
        {
            return id;
        }

        id = Insert("INSERT INTO platform (name) VALUES ($a) RETURNING id", name);
        _platforms[name] = id;
        return id;
    }

    /// <summary>A store as the statement spells it; its platform by the store alias table (an unknown store is its own).</summary>
    public long StoreAlias(string store)
    {
        if (_stores.TryGetValue(store, out var id))
        {
            return id;
        }

        var platform = Platform(StoreAliases.PlatformOf(store));
        id = Insert("INSERT INTO store_alias (name, platform_id, known) VALUES ($a, $b, $c) RETURNING id", store, platform, StoreAliases.IsKnown(store) ? 1L : 0L);
        _stores[store] = id;
        return id;
    }

    /// <summary>A credit as the source spells it, with the canonical artists it names (new artists are added).</summary>
    public long ArtistAlias(string credit)
    {
        if (_aliases.TryGetValue(credit, out var id))
        {
            return id;
        }

        id = Insert("INSERT INTO artist_alias (name) VALUES ($a) RETURNING id", credit);
        _aliases[credit] = id;
        var position = 0;
        foreach (var artist in Members(credit))
        {
            Insert("INSERT INTO artist_alias_member (alias_id, artist_id, position) VALUES ($a, $b, $c) ON CONFLICT DO NOTHING RETURNING alias_id", id, artist, position++);
        }

        _matcher = null;
        return id;
    }

    /// <summary>
    /// A credit, or null when there is none. Spotify for Artists names an audience file by the artist's Spotify id
    /// (22 letters and digits, no space): an id is not a credit and never becomes an artist.
    /// </summary>
    public object? ArtistAliasOrNull(string? credit) => string.IsNullOrWhiteSpace(credit) || IsPlatformId(credit) ? null : ArtistAlias(credit);

    public static bool IsPlatformId(string text) => text.Length == 22 && text.All(char.IsAsciiLetterOrDigit) && text.Any(char.IsAsciiDigit);

    public long Account(string platform, string name)
    {
        var platformId = Platform(platform);
        if (_accounts.TryGetValue((platformId, name), out var id))
        {
            return id;
        }

        id = Insert("INSERT INTO account (platform_id, name) VALUES ($a, $b) RETURNING id", platformId, name);
        _accounts[(platformId, name)] = id;
        return id;
    }

    public object? AccountOrNull(string platform, string? name) => string.IsNullOrWhiteSpace(name) ? null : Account(platform, name);

    public long Campaign(string source, string account, string name)
    {
        if (_campaigns.TryGetValue((source, account, name), out var id))
        {
            return id;
        }

        id = Insert("INSERT INTO campaign (source, account, name) VALUES ($a, $b, $c) RETURNING id", source, account, name);
        _campaigns[(source, account, name)] = id;
        return id;
    }

    /// <summary>A country code as delivered (<c>OU</c> is DistroKid's "other/unknown"); <c>''</c> when not given.</summary>
    public string Country(string? code)
    {
        if (code is not null && ReferenceEquals(code, _lastCountry))
        {
            return code;
        }

        var key = SqlValues.Key(code);
        _lastCountry = code;
        if (key.Length > 0 && _countries.Add(key))
        {
            Insert("INSERT INTO country (code) VALUES ($a) RETURNING code", key);
        }

        return key;
    }

    /// <summary>Adds a release to the catalog the first time its UPC is seen; the first sheet to name it wins.</summary>
    public void RegisterRelease(string? upc, string title, string? artist, DateOnly? releaseDate, string? releaseType)
    {
        if (string.IsNullOrWhiteSpace(upc) || _releases.ContainsKey(upc))
        {
            return;
        }

        var alias = ArtistAliasOrNull(artist);
        _releases[upc] = Insert(
            "INSERT INTO release (upc, title, artist_alias_id, release_date, release_type) VALUES ($a, $b, $c, $d, $e) RETURNING id",
            upc, title, alias, SqlValues.Date(releaseDate), releaseType);
    }

    /// <summary>Adds a track to the catalog the first time its ISRC is seen (rights sheets and catalog APIs name them).</summary>
    public void RegisterTrack(string? isrc, string title, string? artist, string? upc)
    {
        if (string.IsNullOrWhiteSpace(isrc) || string.IsNullOrWhiteSpace(artist))
        {
            return;
        }

        var key = isrc.Trim().ToUpperInvariant();
        if (_tracksByIsrc.ContainsKey(key))
        {
            return;
        }

        var alias = ArtistAlias(artist);
        object? release = upc is not null && _releases.TryGetValue(upc, out var releaseId) ? releaseId : null;
        var id = Insert("INSERT INTO track (isrc, title, artist_alias_id, release_id) VALUES ($a, $b, $c, $d) RETURNING id", key, title, alias, release);
        _tracksByIsrc[key] = id;
        _tracks.Add((id, new CatalogTrack(key, title, artist)));
        _matcher = null;
        _trackMatches.Clear();
        _lastTrack = null;
    }

    /// <summary>The catalog track a row means (ISRC, else title and artist at the matcher's threshold); null when none.</summary>
    public object? Track(string? isrc, string? title, string? artist)
    {
        // Lines of one track follow each other in a partition (one per store and country), with the very same strings.
        var last = _lastTrack;
        if (last is not null && ReferenceEquals(isrc, last.Isrc) && ReferenceEquals(title, last.Title) && ReferenceEquals(artist, last.Artist))
        {
            return last.Id;
        }

        var key = (SqlValues.Key(isrc), SqlValues.Key(title), SqlValues.Key(artist));
        if (_trackMatches.TryGetValue(key, out var cached))
        {
            _lastTrack = new LastTrack(isrc, title, artist, cached);
            return cached;
        }

        long? id = null;
        if (_tracks.Count > 0 && (key.Item1.Length > 0 || (key.Item2.Length > 0 && key.Item3.Length > 0)))
        {
            _matcher ??= new TrackMatcher(_tracks.Select(t => t.Track).ToList(), new ArtistAliases(_artistNames.Values, []));
            var match = _matcher.Match(isrc, key.Item2, key.Item3);
            id = match is null ? null : _tracksByIsrc[match.Isrc.ToUpperInvariant()];
        }
        else if (key.Item2.Length > 0 && key.Item3.Length == 0)
        {
            // A per-song file without an artist (Spotify for Artists song timelines): the title must name exactly one
            // catalog track once folded — no similarity, since no artist narrows the candidates.
            var titleKey = TrackMatcher.TitleKey(key.Item2);
            var same = _tracks.Where(t => TrackMatcher.TitleKey(t.Track.Title) == titleKey).Take(2).ToList();
            id = same.Count == 1 ? same[0].Id : null;
        }

        object? boxed = id;
        _trackMatches[key] = boxed;
        _lastTrack = new LastTrack(isrc, title, artist, boxed);
        return boxed;
    }

    public long SourceFile(string sha256) =>
        _sourceFiles.TryGetValue(sha256, out var id) ? id : throw new InvalidOperationException($"The source file {sha256} was not registered before its rows were loaded.");

    public bool HasSourceFile(string sha256) => _sourceFiles.ContainsKey(sha256);

    public void AddSourceFile(string sha256, string source, string dataset, string originalName, string ingestDate, string lakeRunId) =>
        _sourceFiles[sha256] = Insert(
            "INSERT INTO source_file (sha256, source, dataset, original_name, ingest_date, lake_run_id) VALUES ($a, $b, $c, $d, $e, $f) RETURNING id",
            sha256, source, dataset, originalName, ingestDate, lakeRunId);

    private IEnumerable<long> Members(string credit)
    {
        var whole = NameKey.Of(credit);
        if (_artistsByKey.TryGetValue(whole, out var known))
        {
            yield return known;
            yield break;
        }

        foreach (var name in ArtistCredits.Split(credit).Distinct(StringComparer.Ordinal))
        {
            var key = NameKey.Of(name);
            if (!_artistsByKey.TryGetValue(key, out var artist))
            {
                artist = Insert("INSERT INTO artist (name) VALUES ($a) RETURNING id", name);
                _artistsByKey[key] = artist;
                _artistNames[artist] = name;
            }

            yield return artist;
        }
    }

    private long Insert(string sql, params object?[] values)
    {
        using var command = _connection.CreateCommand();
        command.Transaction = Transaction;
        command.CommandText = sql;
        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters.AddWithValue("$" + (char)('a' + i), values[i] ?? DBNull.Value);
        }

        var result = command.ExecuteScalar();
        return result is long id ? id : 0;
    }

    private void Read(string sql, Action<SqliteDataReader> row)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            row(reader);
        }
    }

    /// <summary>The last track lookup, compared by reference (the same decoded strings), and its boxed answer.</summary>
    private sealed record LastTrack(string? Isrc, string? Title, string? Artist, object? Id);
}
