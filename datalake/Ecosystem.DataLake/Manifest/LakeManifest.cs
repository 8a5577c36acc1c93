using System.Globalization;
using Ecosystem.DataLake.Zones;
using Microsoft.Data.Sqlite;

namespace Ecosystem.DataLake.Manifest;

/// <summary>
/// The single source of truth for what the lake holds: objects by SHA-256, their status through the zones,
/// lineage, rejected rows and the committed version of every curated partition. Each state change is one transaction.
/// </summary>
public sealed partial class LakeManifest
{
    private const string ObjectColumns = """
        sha256, seq, original_name, bytes, landed_at_utc, ingest_date, run_id, status, source_hint, landing_key,
        source, dataset, format, encoding, header_fingerprint, raw_key, staging_key, quarantine_key, reason_code, reason,
        row_count, rejected_count
        """;

    private readonly ManifestDatabase _database;

    public LakeManifest(ManifestDatabase database)
    {
        _database = database;
    }

    public Task MigrateAsync(CancellationToken cancellationToken) => _database.MigrateAsync(cancellationToken);

    public async Task<LakeObject?> FindAsync(string sha256, CancellationToken cancellationToken)
    {
        await using var connection = await _database.OpenAsync(cancellationToken);
        await using var command = connection.Command($"SELECT {ObjectColumns} FROM lake_object WHERE sha256 = $sha").With("$sha", sha256);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? ReadObject(reader) : null;
    }

    /// <summary>Objects still on their way to curated, oldest landing first (the order the pipeline must keep).</summary>
    public Task<IReadOnlyList<LakeObject>> PendingAsync(CancellationToken cancellationToken) =>
        QueryObjectsAsync("WHERE status IN ('landed','raw','staged') ORDER BY seq", cancellationToken);

    public Task<IReadOnlyList<LakeObject>> AllObjectsAsync(CancellationToken cancellationToken) =>
        QueryObjectsAsync("ORDER BY seq", cancellationToken);

    /// <summary>Records a newly landed object, or, when its SHA-256 is already known, a duplicate landing of it.</summary>
    public async Task<bool> TryAddLandedAsync(LakeObject landed, CancellationToken cancellationToken)
    {
        await using var connection = await _database.OpenAsync(cancellationToken);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        await using var insert = connection.Command(
            $"""
            INSERT INTO lake_object ({ObjectColumns}, updated_at_utc, updated_run_id)
            VALUES ($sha, (SELECT COALESCE(MAX(seq), 0) + 1 FROM lake_object), $name, $bytes, $at, $date, $run, 'landed', $hint, $key,
                    NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, $at, $run)
            ON CONFLICT (sha256) DO NOTHING
            """,
            transaction)
            .With("$sha", landed.Sha256).With("$name", landed.OriginalName).With("$bytes", landed.Bytes)
            .With("$at", SqliteValues.Timestamp(landed.LandedAtUtc)).With("$date", ObjectKeys.Date(landed.IngestDate))
            .With("$run", landed.RunId).With("$hint", landed.SourceHint).With("$key", landed.LandingKey);
        var added = await insert.ExecuteNonQueryAsync(cancellationToken) == 1;
        await using var landingEvent = connection.Command(
            "INSERT INTO landing_event (sha256, original_name, landed_at_utc, run_id, outcome) VALUES ($sha, $name, $at, $run, $outcome)",
            transaction)
            .With("$sha", landed.Sha256).With("$name", landed.OriginalName).With("$at", SqliteValues.Timestamp(landed.LandedAtUtc))
            .With("$run", landed.RunId).With("$outcome", added ? "landed" : "duplicate");
        await landingEvent.ExecuteNonQueryAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return added;
    }

    public async Task<IReadOnlySet<string>> LandingKeysAsync(CancellationToken cancellationToken)
    {
        await using var connection = await _database.OpenAsync(cancellationToken);
        await using var command = connection.Command("SELECT landing_key FROM lake_object");
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var keys = new HashSet<string>(StringComparer.Ordinal);
        while (await reader.ReadAsync(cancellationToken))
        {
            keys.Add(reader.GetString(0));
        }

        return keys;
    }

    public async Task MarkRawAsync(string sha256, DetectedFormatRecord format, string rawKey, LineageEdge edge, string runId, DateTimeOffset at, CancellationToken cancellationToken)
    {
        await using var connection = await _database.OpenAsync(cancellationToken);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        await UpdateObjectAsync(
            connection,
            transaction,
            """
            status = 'raw', source = $source, dataset = $dataset, format = $format, encoding = $encoding,
            header_fingerprint = $fingerprint, raw_key = $raw
            """,
            sha256,
            runId,
            at,
            command => command.With("$source", format.Source).With("$dataset", format.Dataset).With("$format", format.Format)
                .With("$encoding", format.Encoding).With("$fingerprint", format.HeaderFingerprint).With("$raw", rawKey),
            cancellationToken);
        await InsertEdgeAsync(connection, transaction, edge, runId, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>Records a container as unpacked: its raw copy, its format and the edges to the entries it landed, at once.</summary>
    public async Task MarkUnpackedAsync(string sha256, DetectedFormatRecord format, string rawKey, IReadOnlyList<LineageEdge> edges, long entries, string runId, DateTimeOffset at, CancellationToken cancellationToken)
    {
        await using var connection = await _database.OpenAsync(cancellationToken);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        await UpdateObjectAsync(
            connection,
            transaction,
            """
            status = 'unpacked', source = $source, dataset = $dataset, format = $format, encoding = $encoding,
            header_fingerprint = $fingerprint, raw_key = $raw, row_count = $entries
            """,
            sha256,
            runId,
            at,
            command => command.With("$source", format.Source).With("$dataset", format.Dataset).With("$format", format.Format)
                .With("$encoding", format.Encoding).With("$fingerprint", format.HeaderFingerprint).With("$raw", rawKey).With("$entries", entries),
            cancellationToken);
        foreach (var edge in edges)
        {
            await InsertEdgeAsync(connection, transaction, edge, runId, cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }

    public async Task MarkQuarantinedAsync(string sha256, QuarantineRecord quarantine, string runId, DateTimeOffset at, CancellationToken cancellationToken)
    {
        await using var connection = await _database.OpenAsync(cancellationToken);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        await UpdateObjectAsync(
            connection,
            transaction,
            """
            status = 'quarantined', source = COALESCE($source, source), dataset = COALESCE($dataset, dataset),
            format = COALESCE($format, format), encoding = COALESCE($encoding, encoding),
            header_fingerprint = COALESCE($fingerprint, header_fingerprint), quarantine_key = $key,
            reason_code = $code, reason = $reason, row_count = COALESCE($rows, row_count), rejected_count = COALESCE($rejected, rejected_count)
            """,
            sha256,
            runId,
            at,
            command => command.With("$source", quarantine.Source).With("$dataset", quarantine.Dataset).With("$format", quarantine.Format)
                .With("$encoding", quarantine.Encoding).With("$fingerprint", quarantine.HeaderFingerprint)
                .With("$key", quarantine.QuarantineKey).With("$code", quarantine.ReasonCode).With("$reason", quarantine.Reason)
                .With("$rows", SqliteValues.Nullable(quarantine.RowCount)).With("$rejected", SqliteValues.Nullable(quarantine.RejectedCount)),
            cancellationToken);
        await ReplaceRejectsAsync(connection, transaction, sha256, quarantine.Rejects, cancellationToken);
        await InsertEdgeAsync(connection, transaction, quarantine.Edge, runId, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    public async Task MarkStagedAsync(string sha256, string stagingKey, string encoding, long rows, long rejectedCount, IReadOnlyList<RejectedRow> rejects, LineageEdge edge, string runId, DateTimeOffset at, CancellationToken cancellationToken)
    {
        await using var connection = await _database.OpenAsync(cancellationToken);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        await UpdateObjectAsync(
            connection,
            transaction,
            "status = 'staged', staging_key = $key, encoding = $encoding, row_count = $rows, rejected_count = $rejected",
            sha256,
            runId,
            at,
            command => command.With("$key", stagingKey).With("$encoding", encoding).With("$rows", rows).With("$rejected", rejectedCount),
            cancellationToken);
        await ReplaceRejectsAsync(connection, transaction, sha256, rejects, cancellationToken);
        await InsertEdgeAsync(connection, transaction, edge, runId, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>Commits the new curated partition versions a file produced, their lineage, and the file's status, at once.</summary>
    public async Task MarkCuratedAsync(string sha256, IReadOnlyList<CuratedPartitionVersion> versions, IReadOnlyList<LineageEdge> edges, string runId, DateTimeOffset at, CancellationToken cancellationToken)
    {
        await using var connection = await _database.OpenAsync(cancellationToken);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        await UpdateObjectAsync(connection, transaction, "status = 'curated'", sha256, runId, at, static _ => { }, cancellationToken);
        foreach (var version in versions)
        {
            await using var upsert = connection.Command(
                """
                INSERT INTO curated_partition (dataset, source, partition_path, object_key, sha256, row_count, run_id, updated_at_utc)
                VALUES ($dataset, $source, $partition, $key, $sha, $rows, $run, $at)
                ON CONFLICT (dataset, source, partition_path) DO UPDATE SET
                    object_key = excluded.object_key, sha256 = excluded.sha256, row_count = excluded.row_count,
                    run_id = excluded.run_id, updated_at_utc = excluded.updated_at_utc
                """,
                transaction)
                .With("$dataset", version.Dataset).With("$source", version.Source).With("$partition", version.Partition.Path)
                .With("$key", version.ObjectKey).With("$sha", version.Sha256).With("$rows", version.RowCount)
                .With("$run", runId).With("$at", SqliteValues.Timestamp(at));
            await upsert.ExecuteNonQueryAsync(cancellationToken);
        }

        foreach (var edge in edges)
        {
            await InsertEdgeAsync(connection, transaction, edge, runId, cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }

    public async Task<CuratedPartitionVersion?> FindCuratedPartitionAsync(string dataset, string source, PartitionKey partition, CancellationToken cancellationToken)
    {
        await using var connection = await _database.OpenAsync(cancellationToken);
        await using var command = connection.Command(
            "SELECT object_key, sha256, row_count, run_id FROM curated_partition WHERE dataset = $dataset AND source = $source AND partition_path = $partition")
            .With("$dataset", dataset).With("$source", source).With("$partition", partition.Path);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken)
            ? new CuratedPartitionVersion(dataset, source, partition, reader.GetString(0), reader.GetString(1), reader.GetInt64(2), reader.GetString(3))
            : null;
    }

    public async Task<IReadOnlyList<CuratedPartitionVersion>> CuratedPartitionsAsync(CancellationToken cancellationToken)
    {
        await using var connection = await _database.OpenAsync(cancellationToken);
        await using var command = connection.Command(
            "SELECT dataset, source, partition_path, object_key, sha256, row_count, run_id FROM curated_partition ORDER BY dataset, source, partition_path");
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var versions = new List<CuratedPartitionVersion>();
        while (await reader.ReadAsync(cancellationToken))
        {
            _ = PartitionKey.TryParse(reader.GetString(2), out var partition);
            versions.Add(new CuratedPartitionVersion(reader.GetString(0), reader.GetString(1), partition, reader.GetString(3), reader.GetString(4), reader.GetInt64(5), reader.GetString(6)));
        }

        return versions;
    }

    public async Task<IReadOnlyList<LineageEdge>> LineageAsync(CancellationToken cancellationToken)
    {
        await using var connection = await _database.OpenAsync(cancellationToken);
        await using var command = connection.Command(
            "SELECT from_zone, from_key, to_zone, to_key, step, sha256, row_count FROM lineage_edge ORDER BY sha256, step, to_key");
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var edges = new List<LineageEdge>();
        while (await reader.ReadAsync(cancellationToken))
        {
            edges.Add(new LineageEdge(
                Enum.Parse<Zone>(reader.GetString(0), ignoreCase: true), reader.GetString(1),
                Enum.Parse<Zone>(reader.GetString(2), ignoreCase: true), reader.GetString(3),
                reader.GetString(4), reader.GetString(5), reader.GetNullableInt64(6)));
        }

        return edges;
    }

    public async Task<IReadOnlyList<RejectedRow>> RejectsAsync(string sha256, CancellationToken cancellationToken)
    {
        await using var connection = await _database.OpenAsync(cancellationToken);
        await using var command = connection.Command("SELECT line_no, reason, raw_line FROM rejected_row WHERE sha256 = $sha ORDER BY line_no").With("$sha", sha256);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var rejects = new List<RejectedRow>();
        while (await reader.ReadAsync(cancellationToken))
        {
            rejects.Add(new RejectedRow(reader.GetInt64(0), reader.GetString(1), reader.GetString(2)));
        }

        return rejects;
    }

    private async Task<IReadOnlyList<LakeObject>> QueryObjectsAsync(string clause, CancellationToken cancellationToken)
    {
        await using var connection = await _database.OpenAsync(cancellationToken);
        await using var command = connection.Command($"SELECT {ObjectColumns} FROM lake_object {clause}");
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var objects = new List<LakeObject>();
        while (await reader.ReadAsync(cancellationToken))
        {
            objects.Add(ReadObject(reader));
        }

        return objects;
    }

    private static async Task UpdateObjectAsync(
        SqliteConnection connection,
        SqliteTransaction transaction,
        string assignments,
        string sha256,
        string runId,
        DateTimeOffset at,
        Action<SqliteCommand> bind,
        CancellationToken cancellationToken)
    {
        await using var update = connection.Command(
            $"UPDATE lake_object SET {assignments}, updated_at_utc = $updatedAt, updated_run_id = $updatedRun WHERE sha256 = $sha",
            transaction)
            .With("$sha", sha256).With("$updatedAt", SqliteValues.Timestamp(at)).With("$updatedRun", runId);
        bind(update);
        if (await update.ExecuteNonQueryAsync(cancellationToken) != 1)
        {
            throw new InvalidOperationException($"The manifest has no object {sha256}.");
        }
    }

    private static async Task ReplaceRejectsAsync(SqliteConnection connection, SqliteTransaction transaction, string sha256, IReadOnlyList<RejectedRow> rejects, CancellationToken cancellationToken)
    {
        await using (var delete = connection.Command("DELETE FROM rejected_row WHERE sha256 = $sha", transaction).With("$sha", sha256))
        {
            await delete.ExecuteNonQueryAsync(cancellationToken);
        }

        if (rejects.Count == 0)
        {
            return;
        }

        await using var insert = connection.Command("INSERT INTO rejected_row (sha256, line_no, reason, raw_line) VALUES ($sha, $line, $reason, $raw)", transaction);
        var line = insert.Parameters.Add("$line", SqliteType.Integer);
        var reason = insert.Parameters.Add("$reason", SqliteType.Text);
        var raw = insert.Parameters.Add("$raw", SqliteType.Text);
        insert.Parameters.AddWithValue("$sha", sha256);
        foreach (var reject in rejects)
        {
            line.Value = reject.LineNo;
            reason.Value = reject.Reason;
            raw.Value = reject.RawLine;
            await insert.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    private static async Task InsertEdgeAsync(SqliteConnection connection, SqliteTransaction transaction, LineageEdge edge, string runId, CancellationToken cancellationToken)
    {
        await using var insert = connection.Command(
            """
            INSERT INTO lineage_edge (from_zone, from_key, to_zone, to_key, step, sha256, row_count, run_id)
            VALUES ($fromZone, $fromKey, $toZone, $toKey, $step, $sha, $rows, $run)
            ON CONFLICT (from_zone, from_key, to_zone, to_key) DO UPDATE SET
                step = excluded.step, sha256 = excluded.sha256, row_count = excluded.row_count, run_id = excluded.run_id
            """,
            transaction)
            .With("$fromZone", edge.FromZone.FolderName()).With("$fromKey", edge.FromKey)
            .With("$toZone", edge.ToZone.FolderName()).With("$toKey", edge.ToKey).With("$step", edge.Step)
            .With("$sha", edge.Sha256).With("$rows", SqliteValues.Nullable(edge.RowCount)).With("$run", runId);
        await insert.ExecuteNonQueryAsync(cancellationToken);
    }

    private static LakeObject ReadObject(SqliteDataReader reader) => new()
    {
        Sha256 = reader.GetString(0),
        Seq = reader.GetInt64(1),
        OriginalName = reader.GetString(2),
        Bytes = reader.GetInt64(3),
        LandedAtUtc = SqliteValues.ReadTimestamp(reader.GetString(4)),
        IngestDate = DateOnly.ParseExact(reader.GetString(5), "yyyy-MM-dd", CultureInfo.InvariantCulture),
        RunId = reader.GetString(6),
        Status = Enum.Parse<LakeObjectStatus>(reader.GetString(7), ignoreCase: true),
        SourceHint = reader.GetString(8),
        LandingKey = reader.GetString(9),
        Source = reader.GetNullableString(10),
        Dataset = reader.GetNullableString(11),
        Format = reader.GetNullableString(12),
        Encoding = reader.GetNullableString(13),
        HeaderFingerprint = reader.GetNullableString(14),
        RawKey = reader.GetNullableString(15),
        StagingKey = reader.GetNullableString(16),
        QuarantineKey = reader.GetNullableString(17),
        ReasonCode = reader.GetNullableString(18),
        Reason = reader.GetNullableString(19),
        RowCount = reader.GetNullableInt64(20),
        RejectedCount = reader.GetNullableInt64(21),
    };
}
