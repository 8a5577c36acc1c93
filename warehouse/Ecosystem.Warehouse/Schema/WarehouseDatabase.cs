using Ecosystem.DataLake.Manifest;
using Microsoft.Data.Sqlite;

namespace Ecosystem.Warehouse.Schema;

/// <summary>
/// Opens the warehouse's SQLite file (WAL, foreign keys on) and runs pending migrations. Synchronous mode is NORMAL:
/// in WAL a crash can lose the last commits but never corrupts, and the lake's curated files are the source of truth
/// that the next idempotent load restores from.
/// </summary>
public sealed class WarehouseDatabase
{
    private readonly string _connectionString;

    public WarehouseDatabase(string path)
    {
        Path = System.IO.Path.GetFullPath(path);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(Path)!);
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = Path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = true,
            DefaultTimeout = 30,
        }.ToString();
    }

    /// <summary>
    /// 16 KiB pages for a new warehouse: a statement line is ~150 bytes, so fewer, fuller pages mean a shallower
    /// key tree and fewer page writes per loaded partition.
    /// </summary>
    public const int PageSize = 16384;

    public string Path { get; }

    public async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(_connectionString);
        await connection.OpenAsync(cancellationToken);
        await using var pragma = connection.CreateCommand();
        pragma.CommandText = "PRAGMA foreign_keys = ON; PRAGMA synchronous = NORMAL; PRAGMA busy_timeout = 30000; PRAGMA cache_size = -131072; PRAGMA temp_store = MEMORY;";
        await pragma.ExecuteNonQueryAsync(cancellationToken);
        return connection;
    }

    public async Task MigrateAsync(CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using (var pageSize = connection.CreateCommand())
        {
            // Only a new, empty file takes it (before WAL is switched on); an existing warehouse keeps its page size.
            pageSize.CommandText = $"PRAGMA page_size = {PageSize}";
            await pageSize.ExecuteNonQueryAsync(cancellationToken);
        }

        await SqliteMigrations.RunAsync(connection, WarehouseSchema.Migrations, cancellationToken);
    }
}
