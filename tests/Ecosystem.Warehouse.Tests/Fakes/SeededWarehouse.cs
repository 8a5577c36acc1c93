using System.Globalization;
using Ecosystem.Warehouse.Loading;
using Ecosystem.Warehouse.Schema;
using Microsoft.Data.Sqlite;

namespace Ecosystem.Warehouse.Tests.Fakes;

/// <summary>
/// A real warehouse file (migrated schema, foreign keys on) in a temp folder, filled row by row with plain SQL so a
/// test can state every number its expectations are worked out from.
/// </summary>
internal sealed class SeededWarehouse : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "eco-wh-" + Guid.NewGuid().ToString("N"));

    private SeededWarehouse()
    {
        Database = new WarehouseDatabase(Path.Combine(_folder, "warehouse.db"));
    }

    public WarehouseDatabase Database { get; }

    public SqliteConnection Connection { get; private set; } = null!;

    public static async Task<SeededWarehouse> CreateAsync()
    {
        var warehouse = new SeededWarehouse();
        await warehouse.Database.MigrateAsync(CancellationToken.None);
        warehouse.Connection = await warehouse.Database.OpenAsync(CancellationToken.None);
        warehouse.Exec("INSERT INTO etl_run (id, run_id, started_at_utc, finished_at_utc, status, files_loaded, rows_written, rows_deleted) VALUES (1, 'seed', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z', 'ok', 0, 0, 0)");
        return warehouse;
    }

    public void Exec(string sql, params object?[] values)
    {
        using var command = Connection.CreateCommand();
        command.CommandText = sql;
        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters.AddWithValue("$" + (i + 1).ToString(CultureInfo.InvariantCulture), values[i] ?? DBNull.Value);
        }

        command.ExecuteNonQuery();
    }

    public long Scalar(string sql)
    {
        using var command = Connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    /// <summary>A source file for the facts of one source (every fact row names one).</summary>
    public long SourceFile(string source)
    {
        var sha = (source + new string('0', 64))[..64];
        Exec("INSERT OR IGNORE INTO source_file (sha256, source, dataset, original_name, ingest_date, lake_run_id) VALUES ($1, $2, 'test', $2, '2026-01-01', 'seed')", sha, source);
        return Scalar($"SELECT id FROM source_file WHERE sha256 = '{sha}'");
    }

    public long Platform(string name)
    {
        Exec("INSERT OR IGNORE INTO platform (name) VALUES ($1)", name);
        return Scalar($"SELECT id FROM platform WHERE name = '{name}'");
    }

    public long Store(string name, string platform)
    {
        Exec("INSERT OR IGNORE INTO store_alias (name, platform_id, known) VALUES ($1, $2, 1)", name, Platform(platform));
        return Scalar($"SELECT id FROM store_alias WHERE name = '{name}'");
    }

    public long Track(string isrc, string title, string artist)
    {
        Exec("INSERT OR IGNORE INTO artist_alias (name) VALUES ($1)", artist);
        Exec("INSERT OR IGNORE INTO track (isrc, title, artist_alias_id) VALUES ($1, $2, (SELECT id FROM artist_alias WHERE name = $3))", isrc, title, artist);
        return Scalar($"SELECT id FROM track WHERE isrc = '{isrc}'");
    }

    /// <summary>One value per day from <paramref name="from"/> to <paramref name="to"/> inclusive.</summary>
    public static IEnumerable<DateOnly> Days(string from, string to)
    {
        for (var day = SqlValues.ParseDate(from); day <= SqlValues.ParseDate(to); day = day.AddDays(1))
        {
            yield return day;
        }
    }

    public void StreamDay(string source, string platform, string granularity, DateOnly date, long streams, string title = "", long? trackId = null) =>
        Exec("INSERT INTO stream_daily (source, date, platform_id, granularity, artist, title, isrc, occurrence, track_id, streams, line_no, source_file_id, run_id) VALUES ($1, $2, $3, $4, '', $5, '', 1, $6, $7, 1, $8, 1)",
            source, SqlValues.Date(date), Platform(platform), granularity, title, trackId, streams, SourceFile(source));

    public void AudienceDay(DateOnly date, long? listeners, long? followers, long? streams) =>
        Exec("INSERT INTO audience_daily (source, date, platform_id, artist, occurrence, listeners, followers, streams, line_no, source_file_id, run_id) VALUES ('spotify_for_artists', $1, $2, 'id', 1, $3, $4, $5, 1, $6, 1)",
            SqlValues.Date(date), Platform("Spotify"), listeners, followers, streams, SourceFile("spotify_for_artists"));

    /// <summary>A row of the royalty aggregates (what KPIs read), in whole currency units.</summary>
    public void RoyaltyMonth(string source, string saleMonth, long storeAlias, string country, long trackId, string unitKind, string currency, long quantity, decimal amount)
    {
        Exec("INSERT INTO royalty_month (source, sale_month, store_alias_id, track_id, unit_kind, currency, lines, quantity, amount_nanos) VALUES ($1, $2, $3, $4, $5, $6, 1, $7, $8) " +
             "ON CONFLICT DO UPDATE SET lines = lines + 1, quantity = quantity + excluded.quantity, amount_nanos = amount_nanos + excluded.amount_nanos",
            source, saleMonth, storeAlias, trackId, unitKind, currency, quantity, SqlValues.Nanos(amount));
        Exec("INSERT INTO royalty_country_month (source, sale_month, country, currency, lines, amount_nanos) VALUES ($1, $2, $3, $4, 1, $5) " +
             "ON CONFLICT DO UPDATE SET lines = lines + 1, amount_nanos = amount_nanos + excluded.amount_nanos",
            source, saleMonth, country, currency, SqlValues.Nanos(amount));
    }

    public void Social(string platform, string source, DateOnly date, string metric, long value) =>
        Exec("INSERT INTO social_daily (source, date, platform_id, account, metric, occurrence, value, line_no, source_file_id, run_id) VALUES ($1, $2, $3, '', $4, 1, $5, 1, $6, 1)",
            source, SqlValues.Date(date), Platform(platform), metric, value, SourceFile(source));

    public void Dispose()
    {
        Connection?.Dispose();
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }
}
