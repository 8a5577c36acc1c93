using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Ecosystem.DataLake.Manifest;

/// <summary>
/// Versioned SQL migrations for a SQLite file (the manifest, the warehouse): WAL on, then every migration after the
/// version recorded in <c>schema_version</c>, all in one transaction. Append migrations; never edit a shipped one.
/// </summary>
public static class SqliteMigrations
{
    public static async Task RunAsync(SqliteConnection connection, IReadOnlyList<string> migrations, CancellationToken cancellationToken)
    {
        await using (var wal = connection.CreateCommand())
        {
            wal.CommandText = "PRAGMA journal_mode = WAL;";
            await wal.ExecuteNonQueryAsync(cancellationToken);
        }

        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        await using (var version = connection.CreateCommand())
        {
            version.Transaction = transaction;
            version.CommandText = "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL); SELECT COALESCE(MAX(version), 0) FROM schema_version;";
            var current = Convert.ToInt32(await version.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
            for (var i = current; i < migrations.Count; i++)
            {
                await using var migrate = connection.CreateCommand();
                migrate.Transaction = transaction;
                migrate.CommandText = migrations[i] + $"\nINSERT INTO schema_version (version) VALUES ({i + 1});";
                await migrate.ExecuteNonQueryAsync(cancellationToken);
            }
        }

        await transaction.CommitAsync(cancellationToken);
    }
}
