using System.Diagnostics;
using Ecosystem.DataLake.Manifest;
using Ecosystem.DataLake.Storage;
using Ecosystem.DataLake.Zones;
using Ecosystem.Warehouse.Quality;
using Ecosystem.Warehouse.Schema;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;

namespace Ecosystem.Warehouse.Loading;

/// <summary>
/// Loads the warehouse from the lake's curated partitions: every partition whose committed version (its SHA-256 in
/// the manifest) differs from the one last loaded, catalog datasets first, one transaction per partition file,
/// reconciled before commit. A file that fails is rolled back, reported and retried by the next run; the others go on.
/// A run with nothing to load writes nothing. After loading, the data-quality rules are evaluated.
/// </summary>
public sealed partial class WarehouseLoader(WarehouseDatabase database, LakeManifest manifest, IObjectStore store, TimeProvider clock, ILogger<WarehouseLoader> logger)
{
    /// <summary>The largest partition decoded ahead of its load (bigger ones stream a row group at a time).</summary>
    public const long PrefetchRowLimit = 50_000;

    public async Task<WarehouseLoadSummary> LoadAsync(string runId, CancellationToken cancellationToken) => await LoadAsync(runId, force: false, cancellationToken);

    /// <summary>Loads what changed; with <paramref name="force"/> every partition again (the benchmark's reload, which still writes no unchanged row).</summary>
    public async Task<WarehouseLoadSummary> LoadAsync(string runId, bool force, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        var startedAt = clock.GetUtcNow();
        await database.MigrateAsync(cancellationToken);
        await using var connection = await database.OpenAsync(cancellationToken);
        var loaded = LoadedVersions(connection);
        var all = await manifest.CuratedPartitionsAsync(cancellationToken);
        var pending = all
            .Select(version => (Version: version, Table: FactTables.For(version.Dataset)))
            .Where(p => p.Table is not null && (force || !loaded.TryGetValue((p.Version.Dataset, p.Version.Source, p.Version.Partition.Path), out var sha) || sha != p.Version.Sha256))
            .OrderBy(p => p.Table!.LoadOrder).ThenBy(p => p.Version.Dataset, StringComparer.Ordinal).ThenBy(p => p.Version.Source, StringComparer.Ordinal).ThenBy(p => p.Version.Partition)
            .ToList();
        if (pending.Count == 0)
        {
            return new WarehouseLoadSummary(null, 0, 0, 0, 0, 0, await QualityRules.OpenCountAsync(connection, cancellationToken), Stopwatch.GetElapsedTime(started), []);
        }

        var etlRun = StartRun(connection, runId, startedAt);
        await RegisterSourceFilesAsync(connection, etlRun, cancellationToken);
        var scope = LoadScope.Open(connection, etlRun);
        var outcome = new LoadTally();
        var tracksBefore = CountTracks(connection);
        scope = await LoadPartitionsAsync(connection, scope, etlRun, [.. pending.Where(p => p.Table!.LoadOrder < FactTables.FactLoadOrder)], outcome, cancellationToken);

        // A catalog that grew names tracks facts loaded earlier could not match: their partitions load again (the
        // upsert rewrites only the rows whose track changes).
        var facts = pending.Where(p => p.Table!.LoadOrder >= FactTables.FactLoadOrder).ToList();
        if (CountTracks(connection) != tracksBefore)
        {
            var queued = facts.Select(p => (p.Version.Dataset, p.Version.Source, p.Version.Partition)).ToHashSet();
            facts.AddRange(all
                .Where(v => FactTables.For(v.Dataset) is { ResolvesTracks: true } && loaded.ContainsKey((v.Dataset, v.Source, v.Partition.Path)) && !queued.Contains((v.Dataset, v.Source, v.Partition)))
                .Select(v => (Version: v, Table: FactTables.For(v.Dataset))));
        }

        scope = await LoadPartitionsAsync(connection, scope, etlRun, facts, outcome, cancellationToken);

        var issues = await QualityRules.EvaluateAsync(connection, etlRun, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime), cancellationToken);
        FinishRun(connection, etlRun, clock.GetUtcNow(), outcome);
        return new WarehouseLoadSummary(etlRun, outcome.Files, outcome.Failed, outcome.Read, outcome.Written, outcome.Deleted, issues, Stopwatch.GetElapsedTime(started), outcome.Failures);
    }

    /// <summary>
    /// Loads partitions one after the other (SQLite has one writer), decoding the next small one on another core while
    /// the current one is written; a partition of more than <see cref="PrefetchRowLimit"/> rows streams instead, so
    /// memory stays bounded.
    /// </summary>
    private async Task<LoadScope> LoadPartitionsAsync(SqliteConnection connection, LoadScope scope, long etlRun, List<(CuratedPartitionVersion Version, IFactTable? Table)> partitions, LoadTally tally, CancellationToken cancellationToken)
    {
        Task<DecodedPartition>? next = Prefetch(partitions, 0, cancellationToken);
        try
        {
            for (var i = 0; i < partitions.Count; i++)
            {
                var decoded = next;
                next = Prefetch(partitions, i + 1, cancellationToken);
                scope = await LoadPartitionAsync(connection, scope, etlRun, partitions[i].Version, partitions[i].Table!, decoded, tally, cancellationToken);
            }
        }
        finally
        {
            if (next is not null)
            {
                await ((Task)next).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            }
        }

        return scope;
    }

    private Task<DecodedPartition>? Prefetch(List<(CuratedPartitionVersion Version, IFactTable? Table)> partitions, int index, CancellationToken cancellationToken)
    {
        if (index >= partitions.Count || partitions[index].Version.RowCount > PrefetchRowLimit)
        {
            return null;
        }

        var (version, table) = partitions[index];
        return Task.Run(async () =>
        {
            await using var content = await store.OpenReadAsync(Zone.Curated, version.ObjectKey, cancellationToken);
            return await table!.DecodeAsync(content, cancellationToken);
        }, cancellationToken);
    }

    /// <summary>Loads one curated partition in its own transaction; on failure rolls back and returns a fresh scope.</summary>
    private async Task<LoadScope> LoadPartitionAsync(SqliteConnection connection, LoadScope scope, long etlRun, CuratedPartitionVersion version, IFactTable table, Task<DecodedPartition>? decoded, LoadTally tally, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        using var transaction = connection.BeginTransaction();
        scope.Transaction = transaction;
        try
        {
            PartitionLoadResult result;
            if (decoded is not null)
            {
                result = await table.LoadAsync(connection, scope, await decoded, version.Source, version.Partition, cancellationToken);
            }
            else
            {
                await using var content = await store.OpenReadAsync(Zone.Curated, version.ObjectKey, cancellationToken);
                result = await table.LoadAsync(connection, scope, content, version.Source, version.Partition, cancellationToken);
            }

            RecordPartition(connection, transaction, version, result, etlRun);
            transaction.Commit();
            scope.Transaction = null;
            tally.Files++;
            tally.Read += result.FileRows;
            tally.Written += result.RowsWritten;
            tally.Deleted += result.RowsDeleted;
            LogLoaded(logger, version.Dataset, version.Source, version.Partition.Path, result.FileRows, result.RowsWritten, result.RowsDeleted);
            return scope;
        }
        catch (Exception ex) when (ex is ReconciliationException or SqliteException or IOException or ObjectNotFoundException or InvalidOperationException)
        {
            transaction.Rollback();
            tally.Failed++;
            tally.Failures.Add($"{version.ObjectKey}: {ex.Message}");
            LogFailed(logger, ex, version.ObjectKey);
            return LoadScope.Open(connection, etlRun); // the rolled-back dimension ids are gone
        }
    }

    private static long CountTracks(SqliteConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM track";
        return (long)command.ExecuteScalar()!;
    }

    private sealed class LoadTally
    {
        public int Files { get; set; }

        public int Failed { get; set; }

        public long Read { get; set; }

        public long Written { get; set; }

        public long Deleted { get; set; }

        public List<string> Failures { get; } = [];
    }

    private static Dictionary<(string, string, string), string> LoadedVersions(SqliteConnection connection)
    {
        var loaded = new Dictionary<(string, string, string), string>();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT dataset, source, partition, sha256 FROM loaded_partition";
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            loaded[(reader.GetString(0), reader.GetString(1), reader.GetString(2))] = reader.GetString(3);
        }

        return loaded;
    }

    private static long StartRun(SqliteConnection connection, string runId, DateTimeOffset at)
    {
        using var command = connection.CreateCommand();
        command.CommandText = """
            INSERT INTO etl_run (run_id, started_at_utc, finished_at_utc, status, files_loaded, rows_written, rows_deleted)
            VALUES ($run, $at, $at, 'failed', 0, 0, 0)
            ON CONFLICT (run_id) DO UPDATE SET started_at_utc = excluded.started_at_utc
            RETURNING id
            """;
        command.Parameters.AddWithValue("$run", runId);
        command.Parameters.AddWithValue("$at", at.UtcDateTime.ToString("O", System.Globalization.CultureInfo.InvariantCulture));
        return (long)command.ExecuteScalar()!;
    }

    private static void FinishRun(SqliteConnection connection, long etlRun, DateTimeOffset at, LoadTally outcome)
    {
        using var command = connection.CreateCommand();
        command.CommandText = """
            UPDATE etl_run SET finished_at_utc = $at, status = $status, files_loaded = files_loaded + $files,
                rows_written = rows_written + $written, rows_deleted = rows_deleted + $deleted, detail = $detail
            WHERE id = $id
            """;
        command.Parameters.AddWithValue("$at", at.UtcDateTime.ToString("O", System.Globalization.CultureInfo.InvariantCulture));
        command.Parameters.AddWithValue("$status", outcome.Failed == 0 ? "ok" : "failed");
        command.Parameters.AddWithValue("$files", outcome.Files);
        command.Parameters.AddWithValue("$written", outcome.Written);
        command.Parameters.AddWithValue("$deleted", outcome.Deleted);
        command.Parameters.AddWithValue("$detail", outcome.Failures.Count == 0 ? DBNull.Value : string.Join('\n', outcome.Failures));
        command.Parameters.AddWithValue("$id", etlRun);
        command.ExecuteNonQuery();
    }

    /// <summary>Every curated lake file the warehouse does not know yet becomes a <c>source_file</c> row (lineage of fact rows).</summary>
    private async Task RegisterSourceFilesAsync(SqliteConnection connection, long etlRun, CancellationToken cancellationToken)
    {
        var scope = LoadScope.Open(connection, etlRun);
        var objects = await manifest.AllObjectsAsync(cancellationToken);
        using var transaction = connection.BeginTransaction();
        scope.Transaction = transaction;
        foreach (var lakeObject in objects.Where(o => o.Status == LakeObjectStatus.Curated && !scope.HasSourceFile(o.Sha256)).OrderBy(o => o.Seq))
        {
            scope.AddSourceFile(lakeObject.Sha256, lakeObject.Source ?? string.Empty, lakeObject.Dataset ?? string.Empty, lakeObject.OriginalName, SqlValues.Date(lakeObject.IngestDate), lakeObject.RunId);
        }

        transaction.Commit();
    }

    private static void RecordPartition(SqliteConnection connection, SqliteTransaction transaction, CuratedPartitionVersion version, PartitionLoadResult result, long etlRun)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = """
            INSERT INTO loaded_partition (dataset, source, partition, object_key, sha256, row_count, money_nanos, etl_run_id)
            VALUES ($dataset, $source, $partition, $key, $sha, $rows, $money, $run)
            ON CONFLICT (dataset, source, partition) DO UPDATE SET object_key = excluded.object_key, sha256 = excluded.sha256,
                row_count = excluded.row_count, money_nanos = excluded.money_nanos, etl_run_id = excluded.etl_run_id
            WHERE sha256 IS NOT excluded.sha256
            """;
        command.Parameters.AddWithValue("$dataset", version.Dataset);
        command.Parameters.AddWithValue("$source", version.Source);
        command.Parameters.AddWithValue("$partition", version.Partition.Path);
        command.Parameters.AddWithValue("$key", version.ObjectKey);
        command.Parameters.AddWithValue("$sha", version.Sha256);
        command.Parameters.AddWithValue("$rows", result.FileRows);
        command.Parameters.AddWithValue("$money", result.MoneyNanos);
        command.Parameters.AddWithValue("$run", etlRun);
        command.ExecuteNonQuery();
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "warehouse loaded {Dataset} {Source} {Partition}: {Rows} rows, {Written} written, {Deleted} removed")]
    private static partial void LogLoaded(ILogger logger, string dataset, string source, string partition, long rows, long written, long deleted);

    [LoggerMessage(Level = LogLevel.Error, Message = "warehouse load of {ObjectKey} failed and was rolled back")]
    private static partial void LogFailed(ILogger logger, Exception exception, string objectKey);
}
