using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Ecosystem.Cron.Cli;
using Ecosystem.DataLake.Hashing;
using Ecosystem.DataLake.Manifest;
using Ecosystem.DataLake.Pipeline;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Ecosystem.Cron.Bench;

/// <summary>
/// <c>eco bench</c>: writes a synthetic DistroKid statement (current layout, plus a classic-layout one a tenth the
/// size), then measures SHA-256 hashing, landing with hashing, landing→curated, the peak resident memory of the
/// landing→curated stage, the warehouse load, reload and KPI snapshot (<see cref="WarehouseBench"/>), in a
/// throw-away lake under the system temp folder.
/// </summary>
internal sealed class BenchCommand(TextWriter stdout, TextWriter stderr)
{
    private const double Megabyte = 1024 * 1024;

    /// <summary>Parser throughput settles long before this many rows; more only makes the benchmark slower.</summary>
    private const int ParseRowCap = 1_000_000;

    public async Task<int> RunAsync(BenchSettings settings, CancellationToken cancellationToken)
    {
        if (settings.Rows <= 0)
        {
            throw new UsageException("--rows must be a positive number.");
        }

        if (settings.WriteStatementPath is { } path)
        {
            var bytes = await SyntheticStatement.WriteFileAsync(path, settings.Rows, settings.Seed, settings.Layout, SyntheticStatement.DefaultFirstSaleMonth, cancellationToken);
            await stdout.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"wrote {settings.Rows:N0} rows ({bytes / Megabyte:F1} MB, {settings.Layout} layout) to {path}"));
            return ExitCodes.Ok;
        }

        if (settings.Dashboard && !DashboardRuntime.IsChild)
        {
            return await DashboardRuntime.RunInChildAsync(stdout, stderr, cancellationToken);
        }

        var root = Path.Combine(Path.GetTempPath(), $"eco-bench-{Guid.NewGuid():N}");
        if (settings.Dashboard)
        {
            try
            {
                var dashboard = await DashboardBench.MeasureAsync(root, settings.Clients, settings.Drops, settings.Rows, settings.Seed, stderr, cancellationToken);
                await WriteAsync(dashboard, settings.Json, DashboardLines);
                return dashboard.EveryClientGotEverySnapshot ? ExitCodes.Ok : ExitCodes.Failed;
            }
            finally
            {
                if (Directory.Exists(root))
                {
                    Directory.Delete(root, recursive: true);
                }
            }
        }

        try
        {
            var report = await MeasureAsync(settings, root, cancellationToken);
            await WriteAsync(report, settings.Json, StatementLines);
            return report.AllRowsCurated && report.AllRowsLoaded ? ExitCodes.Ok : ExitCodes.Failed;
        }
        finally
        {
            if (Directory.Exists(root))
            {
                Directory.Delete(root, recursive: true);
            }
        }
    }

    private async Task<BenchReport> MeasureAsync(BenchSettings settings, string root, CancellationToken cancellationToken)
    {
        var statement = Path.Combine(root, "input", $"distrokid-bench-{settings.Rows}.tsv");
        var classicRows = Math.Max(1, settings.Rows / 10);
        var classic = Path.Combine(root, "input", $"distrokid-bench-classic-{classicRows}.tsv");
        await stderr.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"generating {settings.Rows:N0} + {classicRows:N0} statement rows…"));
        var bytes = await SyntheticStatement.WriteFileAsync(statement, settings.Rows, settings.Seed, StatementLayout.Current, SyntheticStatement.DefaultFirstSaleMonth, cancellationToken);

        // The classic-layout statement covers the two years before, so its lines add to the lake instead of restating.
        await SyntheticStatement.WriteFileAsync(classic, classicRows, settings.Seed + 1, StatementLayout.Classic, SyntheticStatement.DefaultFirstSaleMonth.AddMonths(-24), cancellationToken);

        var hashSeconds = await TimeHashingAsync(statement, cancellationToken);

        var overrides = new Dictionary<string, string?> { ["DATA_DIR"] = Path.Combine(root, "lake"), ["LAKE"] = "local" };
        using var host = EcoHost.Build(overrides, LogLevel.Warning);
        var manifest = host.Services.GetRequiredService<LakeManifest>();
        await manifest.MigrateAsync(cancellationToken);
        var runner = host.Services.GetRequiredService<LakeRunner>();

        var landing = Stopwatch.StartNew();
        await runner.IngestAsync([statement], "distrokid", null, cancellationToken);
        landing.Stop();

        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        var perStage = PeakMemory.Reset();
        var curated = Stopwatch.StartNew();
        var run = await runner.RunAsync(null, cancellationToken);
        curated.Stop();
        var peak = PeakMemory.PeakBytes();
        if (run.Status != PipelineRunStatus.Ok)
        {
            throw new InvalidOperationException($"The benchmark run ended {run.Status}: {string.Join("; ", run.Files.Select(f => f.Reason))}");
        }

        var steps = await manifest.StepSecondsAsync(run.RunId, cancellationToken);
        await runner.IngestAsync([classic], "distrokid", null, cancellationToken);
        var classicWatch = Stopwatch.StartNew();
        await runner.RunAsync(null, cancellationToken);
        classicWatch.Stop();

        var parseRows = Math.Min(settings.Rows, ParseRowCap);
        await stderr.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"measuring parser throughput per source on {parseRows:N0} rows each…"));
        var parseStatement = statement;
        if (parseRows != settings.Rows)
        {
            parseStatement = Path.Combine(root, "parse", "distrokid.tsv");
            await SyntheticStatement.WriteFileAsync(parseStatement, parseRows, settings.Seed, StatementLayout.Current, SyntheticStatement.DefaultFirstSaleMonth, cancellationToken);
        }

        var parsing = await SourceParseBench.MeasureAsync(Path.Combine(root, "parse"), parseStatement, parseRows, cancellationToken);

        var partitions = await manifest.CuratedPartitionsAsync(cancellationToken);
        await stderr.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"loading the warehouse ({partitions.Sum(p => p.RowCount):N0} royalty lines), reloading it, adding the demo label's daily data and timing the KPI snapshot…"));
        var warehouse = await WarehouseBench.MeasureAsync(host, root, cancellationToken);
        var objects = await manifest.AllObjectsAsync(cancellationToken);
        return new BenchReport(
            settings.Rows,
            bytes,
            bytes / Megabyte / hashSeconds,
            bytes / Megabyte / landing.Elapsed.TotalSeconds,
            settings.Rows / landing.Elapsed.TotalSeconds,
            settings.Rows / curated.Elapsed.TotalSeconds,
            curated.Elapsed.TotalSeconds,
            steps,
            peak,
            perStage,
            classicRows,
            classicRows / classicWatch.Elapsed.TotalSeconds,
            partitions.Sum(p => p.RowCount),
            objects.Sum(o => o.RejectedCount ?? 0),
            parseRows,
            parsing,
            warehouse);
    }

    private static async Task<double> TimeHashingAsync(string path, CancellationToken cancellationToken)
    {
        var best = double.MaxValue;
        for (var attempt = 0; attempt < 2; attempt++)
        {
            var watch = Stopwatch.StartNew();
            await using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 20, FileOptions.SequentialScan);
            await using var hashing = new Sha256ReadStream(file);
            await hashing.CopyToAsync(Stream.Null, 1 << 20, cancellationToken);
            _ = hashing.HashHex();
            best = Math.Min(best, watch.Elapsed.TotalSeconds);
        }

        return best;
    }

    /// <summary>The report as JSON for scripts, or as aligned lines for a person.</summary>
    private async Task WriteAsync<TReport>(TReport report, bool json, Func<TReport, IEnumerable<FormattableString>> lines)
    {
        if (json)
        {
            await stdout.WriteLineAsync(JsonSerializer.Serialize(report, SummaryWriter.Json));
            return;
        }

        foreach (var line in lines(report))
        {
            await stdout.WriteLineAsync(line.ToString(CultureInfo.InvariantCulture));
        }
    }

    private static string Mark(bool ok) => ok ? "ok" : "BELOW TARGET";

    private static IEnumerable<FormattableString> DashboardLines(DashboardBenchReport report) =>
    [
        $"dashboard                 {report.Clients} SignalR clients, {report.Drops} statements of {report.Rows:N0} lines dropped into landing (after {DashboardBench.WarmUpDrops} warm-up drops; the first, cold: {report.FirstDropColdMs:F0} ms)",
        $"file dropped → snapshot   p50 {report.DropToSnapshotP50Ms:F0} ms, p95 {report.DropToSnapshotP95Ms:F0} ms   target p95 ≤ {DashboardBenchReport.DropTargetMs:N0} ms  {Mark(report.DropToSnapshotP95Ms <= DashboardBenchReport.DropTargetMs)}",
        $"snapshot delivery         p50 {report.DeliveryP50Ms:F0} ms, p99 {report.DeliveryP99Ms:F0} ms over every client and snapshot   target p99 ≤ {DashboardBenchReport.DeliveryTargetMs:N0} ms  {Mark(report.DeliveryP99Ms <= DashboardBenchReport.DeliveryTargetMs)}",
        $"every client got every snapshot: {(report.EveryClientGotEverySnapshot ? "yes" : "NO")}",
        $"where a drop's time goes  {string.Join(", ", report.StageMediansMs.Select(s => $"{s.Key} {s.Value:F0} ms"))} (medians)",
    ];

    private static IEnumerable<FormattableString> StatementLines(BenchReport report)
    {
        var w = report.Warehouse;
        return
        [
            $"statement                 {report.Rows:N0} rows, {report.StatementBytes / Megabyte:F1} MB (current 15-column layout)",
            $"SHA-256 hashing           {report.HashMegabytesPerSecond:N0} MB/s   target ≥ {BenchReport.HashTargetMegabytesPerSecond:N0} MB/s  {Mark(report.HashMeetsTarget)}",
            $"landing with hashing      {report.LandingMegabytesPerSecond:N0} MB/s, {report.LandingRowsPerSecond:N0} rows/s",
            $"landing → curated         {report.CuratedRowsPerSecond:N0} rows/s ({report.CuratedSeconds:F2} s)   target ≥ {BenchReport.CuratedTargetRowsPerSecond:N0} rows/s  {Mark(report.CuratedMeetsTarget)}",
            $"  of which                raw {report.StepSeconds.GetValueOrDefault("raw"):F2} s, staging {report.StepSeconds.GetValueOrDefault("staging"):F2} s, curated {report.StepSeconds.GetValueOrDefault("curated"):F2} s",
            $"peak working set          {report.PeakWorkingSetBytes / Megabyte:N0} MB {(report.PeakIsPerStage ? "(landing → curated stage)" : "(whole process)")}   target < {BenchReport.PeakTargetBytes / Megabyte:N0} MB  {Mark(report.PeakMeetsTarget)}",
            $"classic 13-column layout  {report.ClassicRows:N0} rows, {report.ClassicCuratedRowsPerSecond:N0} rows/s landing → curated",
            $"curated rows in the lake  {report.CuratedRowsInLake:N0} (expected {report.Rows + report.ClassicRows:N0}), rejected {report.RejectedRows:N0}  {Mark(report.AllRowsCurated)}",
            $"warehouse load            {w.LoadRowsPerSecond:N0} rows/s ({w.RoyaltyRows:N0} royalty lines in {w.FirstLoadSeconds:F2} s, upserts + reconciliation)   target ≥ {WarehouseBenchReport.LoadTargetRowsPerSecond:N0} rows/s  {Mark(w.LoadMeetsTarget)}",
            $"warehouse reload          {w.ReloadSeconds:F2} s, {w.ReloadRowsChanged:N0} rows changed   target: faster than the first load, no row changed  {Mark(w.ReloadMeetsTarget)}",
            $"KPI snapshot              {w.SnapshotMilliseconds:F0} ms (first {w.SnapshotFirstMilliseconds:F0} ms), {w.KpisWithValue} of {w.Kpis} KPIs with a value, over {w.RoyaltyRows:N0} statement lines + the demo label ({w.DailyRows:N0} rows loaded with it)   target ≤ {WarehouseBenchReport.SnapshotTargetMilliseconds:N0} ms  {Mark(w.SnapshotMeetsTarget)}",
            $"parsing, rows/s per source ({report.ParseRows:N0} rows each; text → typed rows, no Parquet)",
            .. report.ParseRowsPerSecond.Select(p => (FormattableString)$"  {p.Key,-36} {p.Value:N0} rows/s"),
        ];
    }
}
