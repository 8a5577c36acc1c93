using Microsoft.Data.Sqlite;

namespace Ecosystem.DataLake.Manifest;

public sealed partial class LakeManifest
{
    public async Task StartRunAsync(string runId, string command, DateTimeOffset at, CancellationToken cancellationToken)
    {
        await using var connection = await _database.OpenAsync(cancellationToken);
        await using var insert = connection.Command(
            "INSERT INTO pipeline_run (run_id, command, started_at_utc, status) VALUES ($run, $command, $at, 'running')")
            .With("$run", runId).With("$command", command).With("$at", SqliteValues.Timestamp(at));
        await insert.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>Runs still marked running while we hold the lake lock died mid-way; they are marked aborted.</summary>
    public async Task<int> AbortStaleRunsAsync(string currentRunId, DateTimeOffset at, CancellationToken cancellationToken)
    {
        await using var connection = await _database.OpenAsync(cancellationToken);
        await using var update = connection.Command(
            "UPDATE pipeline_run SET status = 'aborted', finished_at_utc = $at WHERE status = 'running' AND run_id <> $run")
            .With("$run", currentRunId).With("$at", SqliteValues.Timestamp(at));
        return await update.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task FinishRunAsync(PipelineRunRecord run, CancellationToken cancellationToken)
    {
        await using var connection = await _database.OpenAsync(cancellationToken);
        await using var update = connection.Command(
            """
            UPDATE pipeline_run SET finished_at_utc = $at, status = $status, landed = $landed, duplicates = $duplicates,
                promoted = $promoted, quarantined = $quarantined, failed = $failed, rows_curated = $rows
            WHERE run_id = $run
            """)
            .With("$run", run.RunId).With("$at", SqliteValues.Timestamp(run.FinishedAtUtc ?? run.StartedAtUtc))
            .With("$status", SqliteValues.Status(run.Status)).With("$landed", run.Landed).With("$duplicates", run.Duplicates)
            .With("$promoted", run.Promoted).With("$quarantined", run.Quarantined).With("$failed", run.Failed).With("$rows", run.RowsCurated);
        await update.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task RecordStepAsync(string runId, string? sha256, string step, string outcome, DateTimeOffset startedAt, DateTimeOffset finishedAt, string? detail, CancellationToken cancellationToken)
    {
        await using var connection = await _database.OpenAsync(cancellationToken);
        await using var insert = connection.Command(
            """
            INSERT INTO pipeline_step (run_id, sha256, step, outcome, started_at_utc, finished_at_utc, detail)
            VALUES ($run, $sha, $step, $outcome, $started, $finished, $detail)
            """)
            .With("$run", runId).With("$sha", SqliteValues.Nullable(sha256)).With("$step", step).With("$outcome", outcome)
            .With("$started", SqliteValues.Timestamp(startedAt)).With("$finished", SqliteValues.Timestamp(finishedAt))
            .With("$detail", SqliteValues.Nullable(detail));
        await insert.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>Seconds spent in each step (raw, staging, curated) during one run, summed over its files.</summary>
    public async Task<IReadOnlyDictionary<string, double>> StepSecondsAsync(string runId, CancellationToken cancellationToken)
    {
        await using var connection = await _database.OpenAsync(cancellationToken);
        await using var command = connection.Command("SELECT step, started_at_utc, finished_at_utc FROM pipeline_step WHERE run_id = $run").With("$run", runId);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var seconds = new Dictionary<string, double>(StringComparer.Ordinal);
        while (await reader.ReadAsync(cancellationToken))
        {
            var elapsed = SqliteValues.ReadTimestamp(reader.GetString(2)) - SqliteValues.ReadTimestamp(reader.GetString(1));
            seconds[reader.GetString(0)] = seconds.GetValueOrDefault(reader.GetString(0)) + elapsed.TotalSeconds;
        }

        return seconds;
    }

    public async Task<IReadOnlyList<PipelineRunRecord>> RecentRunsAsync(int count, CancellationToken cancellationToken)
    {
        await using var connection = await _database.OpenAsync(cancellationToken);
        await using var command = connection.Command(
            """
            SELECT run_id, command, started_at_utc, finished_at_utc, status, landed, duplicates, promoted, quarantined, failed, rows_curated
            FROM pipeline_run ORDER BY started_at_utc DESC, rowid DESC LIMIT $count
            """)
            .With("$count", count);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var runs = new List<PipelineRunRecord>();
        while (await reader.ReadAsync(cancellationToken))
        {
            runs.Add(ReadRun(reader));
        }

        return runs;
    }

    /// <summary>How many objects sit in each status.</summary>
    public async Task<IReadOnlyDictionary<LakeObjectStatus, int>> CountByStatusAsync(CancellationToken cancellationToken)
    {
        await using var connection = await _database.OpenAsync(cancellationToken);
        await using var command = connection.Command("SELECT status, COUNT(*) FROM lake_object GROUP BY status");
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var counts = Enum.GetValues<LakeObjectStatus>().ToDictionary(status => status, _ => 0);
        while (await reader.ReadAsync(cancellationToken))
        {
            counts[Enum.Parse<LakeObjectStatus>(reader.GetString(0), ignoreCase: true)] = reader.GetInt32(1);
        }

        return counts;
    }

    public async Task<long> DuplicateLandingsAsync(CancellationToken cancellationToken)
    {
        await using var connection = await _database.OpenAsync(cancellationToken);
        await using var command = connection.Command("SELECT COUNT(*) FROM landing_event WHERE outcome = 'duplicate'");
        return (long)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    private static PipelineRunRecord ReadRun(SqliteDataReader reader) => new(
        reader.GetString(0),
        reader.GetString(1),
        SqliteValues.ReadTimestamp(reader.GetString(2)),
        reader.IsDBNull(3) ? null : SqliteValues.ReadTimestamp(reader.GetString(3)),
        Enum.Parse<PipelineRunStatus>(reader.GetString(4), ignoreCase: true),
        reader.GetInt32(5),
        reader.GetInt32(6),
        reader.GetInt32(7),
        reader.GetInt32(8),
        reader.GetInt32(9),
        reader.GetInt64(10));
}
