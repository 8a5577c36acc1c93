using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json;
using Ecosystem.Dashboard;
using Ecosystem.DataLake.Manifest;
using Ecosystem.Warehouse.Schema;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;

namespace Ecosystem.Cron.Bench;

/// <summary>
/// <c>eco bench --dashboard</c>: the dashboard in this process on 127.0.0.1 (a free port) over a throw-away lake,
/// <c>--clients</c> real SignalR clients connected, then <c>--drops</c> synthetic statements of <c>--rows</c> lines
/// dropped one by one into the landing folder. Measures, per drop, the time from the file appearing to the first
/// client holding the new snapshot, and for every client the delivery time from the snapshot's computation to its
/// arrival; checks that every client got every snapshot.
/// </summary>
internal static class DashboardBench
{
    /// <summary>Drops made before measuring, as a dashboard that has run for a while is warm; the first one's time is reported apart.</summary>
    public const int WarmUpDrops = 2;

    public static async Task<DashboardBenchReport> MeasureAsync(string root, int clients, int drops, int rows, int seed, TextWriter progress, CancellationToken cancellationToken)
    {
        var clock = TimeProvider.System;
        var app = DashboardApp.Build([], new Dictionary<string, string?>
        {
            ["DATA_DIR"] = Path.Combine(root, "lake"),
            ["LAKE"] = "local",
            ["DASHBOARD_URLS"] = "http://127.0.0.1:0",
            ["DASHBOARD_DEMO"] = "off",
            ["Logging:LogLevel:Default"] = "Warning",
            // Standard output carries the figures (JSON with --json); the dashboard's own log lines go to standard
            // error, such as ASP.NET Core's warning when it creates the first data-protection key ring on a machine.
            ["Logging:Console:LogToStandardErrorThreshold"] = "Trace",
        });
        await app.StartAsync(cancellationToken);
        var connections = new List<HubConnection>();
        try
        {
            var hub = new Uri(new Uri(app.Urls.First()), "/hubs/kpis");
            var received = new ConcurrentDictionary<(int Client, string Run), DateTimeOffset>();
            var computed = new ConcurrentDictionary<string, DateTimeOffset>();
            for (var i = 0; i < clients; i++)
            {
                var client = i;
                var connection = new HubConnectionBuilder().WithUrl(hub).Build();
                connection.On<JsonElement>("KpiSnapshot", snapshot =>
                {
                    var now = clock.GetUtcNow();
                    var run = snapshot.GetProperty("runId").GetString() ?? "none";
                    computed.TryAdd(run, snapshot.GetProperty("computedAtUtc").GetDateTimeOffset());
                    received.TryAdd((client, run), now);
                });
                await connection.StartAsync(cancellationToken);
                connections.Add(connection);
            }

            await progress.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"{clients} SignalR clients connected; dropping {drops} statements of {rows:N0} lines…"));
            var landing = Directory.CreateDirectory(Path.Combine(root, "lake", "landing")).FullName;
            var dropToSnapshot = new List<double>();
            var droppedAt = new List<DateTimeOffset>();
            var runs = new List<string>();
            double? cold = null;

            // The statements are written first, then moved into landing one at a time, as a user drops an export
            // downloaded earlier (a file still being written would wait until its last write is the settle time old).
            // Each covers its own two years of sale months, so every drop is new data of the same size.
            for (var d = -WarmUpDrops; d < drops; d++)
            {
                await SyntheticStatement.WriteFileAsync(Path.Combine(root, $"drop-{d}.tsv"), rows, seed + d, StatementLayout.Current, new DateOnly(1990, 1, 1).AddMonths(24 * (d + WarmUpDrops)), cancellationToken);
            }

            for (var d = -WarmUpDrops; d < drops; d++)
            {
                var staging = Path.Combine(root, $"drop-{d}.tsv");
                var known = received.Keys.Select(k => k.Run).ToHashSet(StringComparer.Ordinal);
                var dropped = clock.GetUtcNow();
                File.Move(staging, Path.Combine(landing, $"drop-{d + WarmUpDrops}.tsv"));
                var run = await WaitAsync(() => received.Keys.Where(k => k.Client == 0 && !known.Contains(k.Run)).Select(k => k.Run).FirstOrDefault(), TimeSpan.FromSeconds(60), cancellationToken);
                await WaitAsync(() => Enumerable.Range(0, clients).All(c => received.ContainsKey((c, run))) ? run : null, TimeSpan.FromSeconds(30), cancellationToken);
                var elapsed = (received[(0, run)] - dropped).TotalMilliseconds;
                cold ??= elapsed;
                if (d < 0)
                {
                    continue; // warming up: the first drops of a fresh process pay for JIT compilation
                }

                droppedAt.Add(dropped);
                dropToSnapshot.Add(elapsed);
                runs.Add(run);
            }

            var delivery = runs.SelectMany(run => Enumerable.Range(0, clients).Select(c => (received[(c, run)] - computed[run]).TotalMilliseconds)).Order().ToList();
            var stages = await StagesAsync(app, droppedAt, runs, computed, received, cancellationToken);
            dropToSnapshot.Sort();
            return new DashboardBenchReport(clients, drops, rows, cold ?? double.NaN, Percentile(dropToSnapshot, 0.50), Percentile(dropToSnapshot, 0.95), Percentile(delivery, 0.50), Percentile(delivery, 0.99), delivery.Count == clients * drops, stages);
        }
        finally
        {
            foreach (var connection in connections)
            {
                await connection.DisposeAsync();
            }

            await app.StopAsync(CancellationToken.None);
            await app.DisposeAsync();
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        }
    }

    /// <summary>
    /// Where each drop's time went, as medians: the watcher's settle until the lake run started, the lake run (landing →
    /// curated), the warehouse load, the feed noticing it and computing the snapshot, and the push to the first client.
    /// </summary>
    private static async Task<IReadOnlyDictionary<string, double>> StagesAsync(
        Microsoft.AspNetCore.Builder.WebApplication app, List<DateTimeOffset> droppedAt, List<string> runs,
        ConcurrentDictionary<string, DateTimeOffset> computed, ConcurrentDictionary<(int Client, string Run), DateTimeOffset> received, CancellationToken cancellationToken)
    {
        var lakeRuns = (await app.Services.GetRequiredService<LakeManifest>().RecentRunsAsync(1000, cancellationToken)).OrderBy(r => r.StartedAtUtc).ToList();
        var database = app.Services.GetRequiredService<WarehouseDatabase>();
        await using var connection = await database.OpenAsync(cancellationToken);
        var loads = SqlQuery.List(connection, "SELECT run_id, started_at_utc, finished_at_utc FROM etl_run", r =>
            (Run: r.GetString(0), Started: DateTimeOffset.Parse(r.GetString(1), CultureInfo.InvariantCulture), Finished: DateTimeOffset.Parse(r.GetString(2), CultureInfo.InvariantCulture)))
            .ToDictionary(l => l.Run, StringComparer.Ordinal);
        var stages = new Dictionary<string, List<double>>(StringComparer.Ordinal);
        void Add(string stage, TimeSpan time) => (stages.TryGetValue(stage, out var list) ? list : stages[stage] = []).Add(time.TotalMilliseconds);
        for (var d = 0; d < runs.Count; d++)
        {
            var load = loads[runs[d]];
            var lake = lakeRuns.FirstOrDefault(r => r.StartedAtUtc >= droppedAt[d] && r.FinishedAtUtc <= load.Started);
            if (lake?.FinishedAtUtc is not { } lakeFinished)
            {
                continue;
            }

            Add("settle", lake.StartedAtUtc - droppedAt[d]);
            Add("lake run", lakeFinished - lake.StartedAtUtc);
            Add("warehouse load", load.Finished - lakeFinished);
            Add("feed + snapshot", computed[runs[d]] - load.Finished);
            Add("push", received[(0, runs[d])] - computed[runs[d]]);
        }

        return stages.ToDictionary(s => s.Key, s => Percentile([.. s.Value.Order()], 0.50), StringComparer.Ordinal);
    }

    private static async Task<string> WaitAsync(Func<string?> probe, TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(timeout);
        while (true)
        {
            if (probe() is { } found)
            {
                return found;
            }

            await Task.Delay(5, limit.Token);
        }
    }

    private static double Percentile(List<double> sorted, double p) => sorted.Count == 0 ? double.NaN : sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];
}

/// <summary>The dashboard figures of <c>eco bench --dashboard</c>, with their targets.</summary>
public sealed record DashboardBenchReport(int Clients, int Drops, int Rows, double FirstDropColdMs, double DropToSnapshotP50Ms, double DropToSnapshotP95Ms, double DeliveryP50Ms, double DeliveryP99Ms, bool EveryClientGotEverySnapshot, IReadOnlyDictionary<string, double> StageMediansMs)
{
    public const double DropTargetMs = 1000;
    public const double DeliveryTargetMs = 500;
}
