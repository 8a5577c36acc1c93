using Ecosystem.DataLake.Manifest;
using Ecosystem.DataLake.Tests.Fakes;
using Microsoft.Data.Sqlite;

namespace Ecosystem.DataLake.Tests.Manifest;

public sealed class ManifestMigrationTests
{
    [Fact]
    public async Task AVersionOneManifest_KeepsEveryObjectAndEventAndAcceptsUnpacked()
    {
        var path = Path.Combine(TestFiles.TempFolder(), "manifest.db");
        var database = new ManifestDatabase(path);
        await using (var connection = await database.OpenAsync(default))
        await using (var command = connection.CreateCommand())
        {
            // The manifest as the first release left it: schema version 1, one object and its landing event.
            command.CommandText = "CREATE TABLE schema_version (version INTEGER NOT NULL);" + ManifestSchema.Migrations[0] + """
                INSERT INTO schema_version (version) VALUES (1);
                INSERT INTO lake_object (sha256, seq, original_name, bytes, landed_at_utc, ingest_date, run_id, status, source_hint, landing_key, updated_at_utc, updated_run_id)
                VALUES ('aa', 1, 'old.zip', 10, '2026-01-01T00:00:00Z', '2026-01-01', 'r1', 'landed', 'inbox', 'inbox/old.zip', '2026-01-01T00:00:00Z', 'r1');
                INSERT INTO landing_event (sha256, original_name, landed_at_utc, run_id, outcome) VALUES ('aa', 'old.zip', '2026-01-01T00:00:00Z', 'r1', 'landed');
                """;
            await command.ExecuteNonQueryAsync();
        }

        await database.MigrateAsync(default);

        await using var check = await database.OpenAsync(default);
        await using var update = check.CreateCommand();
        update.CommandText = "UPDATE lake_object SET status = 'unpacked' WHERE sha256 = 'aa'; SELECT COUNT(*) FROM landing_event WHERE sha256 = 'aa'; ";
        Assert.Equal(1L, await update.ExecuteScalarAsync());
        await using var version = check.CreateCommand();
        version.CommandText = "SELECT MAX(version) FROM schema_version; PRAGMA foreign_key_check;";
        Assert.Equal((long)ManifestSchema.Migrations.Count, await version.ExecuteScalarAsync());
        await using var bad = check.CreateCommand();
        bad.CommandText = "UPDATE lake_object SET status = 'lost' WHERE sha256 = 'aa'";
        await Assert.ThrowsAsync<SqliteException>(() => bad.ExecuteNonQueryAsync());
    }
}
