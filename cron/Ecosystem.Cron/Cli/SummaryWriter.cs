using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using Ecosystem.DataLake.Manifest;
using Ecosystem.DataLake.Pipeline;
using Ecosystem.Warehouse;
using Ecosystem.Warehouse.Kpis;

namespace Ecosystem.Cron.Cli;

/// <summary>Writes command results on stdout: short human lines, or one JSON document with <c>--json</c>.</summary>
internal sealed class SummaryWriter(TextWriter stdout, bool json)
{
    public static JsonSerializerOptions Json { get; } = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower) },
    };

    public async Task WriteAsync(CommandResult result)
    {
        if (json)
        {
            await stdout.WriteLineAsync(JsonSerializer.Serialize(result, Json));
            return;
        }

        if (result.Ingest is { } ingest)
        {
            await stdout.WriteLineAsync(Invariant($"ingest {ingest.RunId}: {ingest.Landed} landed, {ingest.Duplicates} duplicate, {ingest.Failed} failed"));
            await WriteFilesAsync(ingest);
        }

        if (result.Run is { } run)
        {
            await stdout.WriteLineAsync(Invariant(
                $"run {run.RunId}: {run.Status.ToString().ToLowerInvariant()}: {run.Promoted} curated, {run.Quarantined} quarantined, {run.Failed} failed, {run.RowsCurated:N0} rows in {run.Elapsed.TotalSeconds:F1} s"));
            await WriteFilesAsync(run);
        }

        if (result.Warehouse is { } warehouse)
        {
            await stdout.WriteLineAsync(Invariant(
                $"warehouse: {warehouse.FilesLoaded} files loaded, {warehouse.FilesFailed} failed, {warehouse.RowsRead:N0} rows read, {warehouse.RowsWritten:N0} written, {warehouse.RowsDeleted:N0} removed, {warehouse.QualityIssues} open quality issues, {warehouse.Elapsed.TotalSeconds:F1} s"));
            foreach (var failure in warehouse.Failures)
            {
                await stdout.WriteLineAsync("  failed " + failure);
            }
        }
    }

    public async Task WriteLockedAsync()
    {
        if (json)
        {
            await stdout.WriteLineAsync("""{ "status": "locked" }""");
        }
    }

    public async Task WriteKpisAsync(KpiSnapshot snapshot)
    {
        if (json)
        {
            await stdout.WriteLineAsync(JsonSerializer.Serialize(snapshot, Json));
            return;
        }

        await stdout.WriteLineAsync(Invariant($"KPIs at {snapshot.ComputedAtUtc:yyyy-MM-dd HH:mm} UTC, warehouse run {snapshot.RunId ?? "none"}"));
        foreach (var kpi in snapshot.Kpis)
        {
            var delta = kpi.Delta is { } d ? Invariant($" ({(d >= 0 ? "+" : string.Empty)}{d:0.##}{(kpi.DeltaPct is { } p ? Invariant($", {p:+0.##;-0.##}%") : string.Empty)})") : string.Empty;
            var value = kpi.Value is { } v ? Invariant($"{v:#,0.####} {kpi.Unit}") : "—";
            await stdout.WriteLineAsync(Invariant($"{kpi.Number,2}. {kpi.Label}: {value}{delta}{(kpi.AsOf is { } a ? Invariant($" as of {a:yyyy-MM-dd}") : string.Empty)} [{string.Join(", ", kpi.Sources)}]{(kpi.Note is null ? string.Empty : " — " + kpi.Note)}"));
            foreach (var item in kpi.Items)
            {
                await stdout.WriteLineAsync(Invariant($"      {item.Label}: {(item.Value is { } iv ? Invariant($"{iv:#,0.####} {item.Unit}") : "—")}"));
            }
        }
    }

    public async Task WriteStatusAsync(LakeStatusReport report, WarehouseStatusReport warehouse)
    {
        if (json)
        {
            // The lake's fields stay at the top level (scripts read them there); the warehouse is one more property.
            var document = JsonSerializer.SerializeToNode(report, Json)!.AsObject();
            document["warehouse"] = JsonSerializer.SerializeToNode(warehouse, Json);
            await stdout.WriteLineAsync(document.ToJsonString(Json));
            return;
        }

        await stdout.WriteLineAsync("objects: " + string.Join(", ", report.ObjectsByStatus.Select(pair => Invariant($"{pair.Value} {pair.Key}"))) + Invariant($", {report.DuplicateLandings} duplicate landings"));
        await stdout.WriteLineAsync("curated:");
        foreach (var dataset in report.Curated)
        {
            await stdout.WriteLineAsync(Invariant($"  {dataset.Dataset}/{dataset.Source}: {dataset.Rows:N0} rows in {dataset.Partitions} partitions ({dataset.FirstPartition} … {dataset.LastPartition})"));
        }

        await stdout.WriteLineAsync("recent runs:");
        foreach (var run in report.RecentRuns)
        {
            await stdout.WriteLineAsync(Invariant(
                $"  {run.RunId} {run.Command,-6} {run.Status.ToString().ToLowerInvariant(),-8} landed {run.Landed}, duplicates {run.Duplicates}, curated {run.Promoted}, quarantined {run.Quarantined}, failed {run.Failed}, rows {run.RowsCurated:N0}"));
        }

        foreach (var file in report.FilesWithRejects)
        {
            await stdout.WriteLineAsync(Invariant($"rejected rows: {file.Name}: {file.RejectedRows:N0} of {file.Rows + file.RejectedRows:N0} rows rejected; each with its reason in the manifest's rejected_row table"));
        }

        if (report.Quarantined.Count > 0)
        {
            await stdout.WriteLineAsync("quarantined:");
            foreach (var file in report.Quarantined)
            {
                await stdout.WriteLineAsync($"  {file.Name} [{file.ReasonCode}] {file.Reason}");
            }
        }

        await stdout.WriteLineAsync("warehouse loads:");
        foreach (var run in warehouse.RecentRuns)
        {
            await stdout.WriteLineAsync(Invariant($"  {run.RunId} {run.Status,-6} {run.FilesLoaded} files, {run.RowsWritten:N0} rows written, {run.RowsDeleted:N0} removed"));
        }

        await stdout.WriteLineAsync("freshness (latest date in the data):");
        foreach (var source in warehouse.Freshness)
        {
            await stdout.WriteLineAsync(Invariant($"  {source.Source,-20} {source.Latest:yyyy-MM-dd} ({source.DaysBehind} days ago, {source.Table})"));
        }

        await stdout.WriteLineAsync(Invariant($"open quality issues: {warehouse.OpenIssues.Count}"));
        foreach (var issue in warehouse.OpenIssues)
        {
            await stdout.WriteLineAsync($"  {issue.Severity,-7} {issue.Rule}: {issue.Message}");
        }
    }

    private async Task WriteFilesAsync(RunSummary summary)
    {
        foreach (var file in summary.Files)
        {
            var detail = file.Reason is null ? string.Empty : $" [{file.ReasonCode}] {file.Reason}";
            var rows = file.Rows > 0 ? Invariant($" ({file.Rows:N0} rows)") : string.Empty;
            await stdout.WriteLineAsync($"  {file.Outcome,-11} {file.Name}{rows}{detail}");
        }
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
