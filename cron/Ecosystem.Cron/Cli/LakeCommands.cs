using System.Globalization;
using Ecosystem.DataLake;
using Ecosystem.DataLake.Manifest;
using Ecosystem.DataLake.Pipeline;
using Ecosystem.Warehouse;
using Ecosystem.Warehouse.Kpis;
using Ecosystem.Warehouse.Loading;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Ecosystem.Cron.Cli;

/// <summary><c>eco ingest</c>, <c>eco run</c> (promotes the lake, then loads the warehouse), <c>eco status</c> and <c>eco kpis</c>.</summary>
internal sealed class LakeCommands(TextWriter stdout, TextWriter stderr, bool json)
{
    private readonly SummaryWriter _summaries = new(stdout, json);

    public async Task<int> IngestAsync(string[] paths, string? sourceHint, CancellationToken cancellationToken)
    {
        CheckPathsExist(paths);
        return await WithLockAsync(async (host, progress) =>
        {
            var summary = await host.Services.GetRequiredService<LakeRunner>().IngestAsync(paths, sourceHint, progress, cancellationToken);
            await _summaries.WriteAsync(new CommandResult(summary, null));
            return summary.Failed > 0 ? ExitCodes.Failed : ExitCodes.Ok;
        });
    }

    public async Task<int> RunAsync(string[] paths, string? sourceHint, CancellationToken cancellationToken)
    {
        CheckPathsExist(paths);
        return await WithLockAsync(async (host, progress) =>
        {
            var runner = host.Services.GetRequiredService<LakeRunner>();
            var ingest = paths.Length > 0 ? await runner.IngestAsync(paths, sourceHint, progress, cancellationToken) : null;
            var run = await runner.RunAsync(progress, cancellationToken);
            var warehouse = await host.Services.GetRequiredService<WarehouseLoader>().LoadAsync(run.RunId, cancellationToken);
            await _summaries.WriteAsync(new CommandResult(ingest, run, warehouse));
            if (run.Status == PipelineRunStatus.Failed || ingest?.Failed > 0 || !warehouse.Succeeded)
            {
                return ExitCodes.Failed;
            }

            return run.Status == PipelineRunStatus.Partial ? ExitCodes.Partial : ExitCodes.Ok;
        });
    }

    public async Task<int> StatusAsync(int runs, CancellationToken cancellationToken)
    {
        using var host = EcoHost.Build(minimumLevel: LogLevel.Warning);
        var manifest = host.Services.GetRequiredService<LakeManifest>();
        await manifest.MigrateAsync(cancellationToken);
        var report = await LakeStatusReport.ReadAsync(manifest, runs, cancellationToken);
        var warehouse = await host.Services.GetRequiredService<WarehouseStatus>().ReadAsync(runs, cancellationToken);
        await _summaries.WriteStatusAsync(report, warehouse);
        return ExitCodes.Ok;
    }

    public async Task<int> KpisAsync(CancellationToken cancellationToken)
    {
        using var host = EcoHost.Build(minimumLevel: LogLevel.Warning);
        var snapshot = await host.Services.GetRequiredService<KpiService>().SnapshotAsync(cancellationToken);
        await _summaries.WriteKpisAsync(snapshot);
        return ExitCodes.Ok;
    }

    private async Task<int> WithLockAsync(Func<IHost, IProgress<PipelineProgress>?, Task<int>> work)
    {
        var interactive = !json && !Console.IsOutputRedirected && !Console.IsErrorRedirected;
        using var host = EcoHost.Build(minimumLevel: interactive ? LogLevel.Warning : LogLevel.Information);
        var options = host.Services.GetRequiredService<IOptions<LakeOptions>>().Value;
        if (!RunLock.TryAcquire(options.LockPath, out var runLock))
        {
            await stderr.WriteLineAsync($"Another eco run holds the lock {options.LockPath}; this run was skipped.");
            await _summaries.WriteLockedAsync();
            return ExitCodes.Locked;
        }

        using (runLock)
        {
            await host.Services.GetRequiredService<LakeManifest>().MigrateAsync(CancellationToken.None);
            return interactive
                ? await TerminalProgress.RunAsync(progress => work(host, progress))
                : await work(host, null);
        }
    }

    private static void CheckPathsExist(IEnumerable<string> paths)
    {
        var missing = paths.Where(path => !File.Exists(path) && !Directory.Exists(path)).ToList();
        if (missing.Count > 0)
        {
            throw new UsageException(string.Create(CultureInfo.InvariantCulture, $"No such file or folder: {string.Join(", ", missing)}"));
        }
    }
}
