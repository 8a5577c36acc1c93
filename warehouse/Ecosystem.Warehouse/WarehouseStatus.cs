using Ecosystem.Warehouse.Kpis;
using Ecosystem.Warehouse.Quality;
using Ecosystem.Warehouse.Schema;

namespace Ecosystem.Warehouse;

/// <summary>What <c>eco status</c> shows of the warehouse: recent loads, freshness per source, open quality issues.</summary>
public sealed record WarehouseStatusReport(IReadOnlyList<EtlRunRecord> RecentRuns, IReadOnlyList<SourceFreshness> Freshness, IReadOnlyList<QualityIssue> OpenIssues);

public sealed record EtlRunRecord(string RunId, string StartedAtUtc, string Status, long FilesLoaded, long RowsWritten, long RowsDeleted, string? Detail);

public sealed record SourceFreshness(string Source, string Table, DateOnly Latest, int DaysBehind);

public sealed class WarehouseStatus(WarehouseDatabase database, TimeProvider clock)
{
    public async Task<WarehouseStatusReport> ReadAsync(int runs, CancellationToken cancellationToken)
    {
        await database.MigrateAsync(cancellationToken);
        await using var connection = await database.OpenAsync(cancellationToken);
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var recent = SqlQuery.List(connection, "SELECT run_id, started_at_utc, status, files_loaded, rows_written, rows_deleted, detail FROM etl_run ORDER BY id DESC LIMIT $n",
            r => new EtlRunRecord(r.GetString(0), r.GetString(1), r.GetString(2), r.GetInt64(3), r.GetInt64(4), r.GetInt64(5), r.NullableString(6)), ("$n", runs));
        var freshness = Freshness.Read(connection, today).Select(f => new SourceFreshness(f.Source, f.Table, f.Latest, today.DayNumber - f.Latest.DayNumber)).ToList();
        var issues = SqlQuery.List(connection, "SELECT severity, rule, entity, message FROM quality_issue ORDER BY CASE severity WHEN 'error' THEN 0 WHEN 'warning' THEN 1 ELSE 2 END, rule, entity",
            r => new QualityIssue(r.GetString(0), r.GetString(1), r.GetString(2), r.GetString(3)));
        return new WarehouseStatusReport(recent, freshness, issues);
    }
}
