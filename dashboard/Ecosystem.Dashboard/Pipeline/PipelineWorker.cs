using System.Threading.Channels;
using Ecosystem.Dashboard.Live;
using Ecosystem.DataLake;
using Ecosystem.DataLake.Manifest;
using Ecosystem.DataLake.Pipeline;
using Ecosystem.DataLake.Storage;
using Ecosystem.DataLake.Zones;
using Ecosystem.Warehouse.Loading;
using Microsoft.Extensions.Options;

namespace Ecosystem.Dashboard.Pipeline;

/// <summary>
/// Runs promotion and the warehouse load when files arrive in landing: a file watcher on a local lake (a run starts
/// once the dropped files were last written <see cref="Settle"/> ago, so a file still being copied is not taken
/// half-written; see <see cref="LandingFolder"/>), polling on S3, and a wake-up after every upload. It takes the same lock as <c>eco run</c>, so cron and the dashboard never run at once;
/// a held lock means "try again on the next tick".
/// </summary>
public sealed partial class PipelineWorker(
    LakeRunner runner,
    WarehouseLoader warehouse,
    LakeManifest manifest,
    IObjectStore store,
    KpiFeed feed,
    IOptions<LakeOptions> lakeOptions,
    IOptions<DashboardOptions> options,
    TimeProvider clock,
    ILogger<PipelineWorker> logger) : BackgroundService
{
    private static readonly TimeSpan Settle = TimeSpan.FromMilliseconds(150);
    private readonly Channel<bool> _wake = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });

    /// <summary>Asks for a run as soon as possible (after an upload).</summary>
    public void Wake() => _wake.Writer.TryWrite(true);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await manifest.MigrateAsync(stoppingToken);
        await store.EnsureZonesAsync(stoppingToken);
        using var watcher = WatchLocalLanding();
        Wake();
        while (!stoppingToken.IsCancellationRequested)
        {
            using (var poll = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken))
            {
                poll.CancelAfter(TimeSpan.FromSeconds(options.Value.PollSeconds));
                try
                {
                    await _wake.Reader.ReadAsync(poll.Token);
                    await SettleAsync(stoppingToken);
                }
                catch (OperationCanceledException) when (!stoppingToken.IsCancellationRequested)
                {
                    // The poll interval passed without a wake-up: look anyway (S3 has no watcher).
                }
            }

            try
            {
                await RunIfPendingAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // Storage or database trouble: the lake and warehouse stay consistent; the next change or tick retries.
                LogRunFailed(logger, ex);
            }
        }
    }

    /// <summary>
    /// Waits until the files dropped into a local landing folder were last written at least <see cref="Settle"/> ago
    /// (a copy in progress keeps writing; a file moved in whole is ready at once). On S3 there is nothing to watch.
    /// </summary>
    private async Task SettleAsync(CancellationToken cancellationToken)
    {
        var landing = lakeOptions.Value.Lake == LakeKind.Local ? LandingPath : null;
        while (true)
        {
            while (_wake.Reader.TryRead(out _))
            {
                // Every event so far is covered by the look at the files below.
            }

            var wait = landing is not null && LandingFolder.LatestDroppedWrite(landing) is { } latest
                ? Settle - (clock.GetUtcNow() - latest)
                : TimeSpan.Zero;
            if (wait <= TimeSpan.Zero)
            {
                return;
            }

            await Task.Delay(wait, clock, cancellationToken);
        }
    }

    private string LandingPath => Path.Combine(lakeOptions.Value.FullDataDirectory, ZoneNames.FolderName(Zone.Landing));

    private async Task RunIfPendingAsync(CancellationToken cancellationToken)
    {
        if (!await HasWorkAsync(cancellationToken))
        {
            return;
        }

        if (!RunLock.TryAcquire(lakeOptions.Value.LockPath, out var runLock))
        {
            LogLocked(logger);
            return;
        }

        using (runLock)
        {
            var run = await runner.RunAsync(null, cancellationToken);
            var load = await warehouse.LoadAsync(run.RunId, cancellationToken);
            feed.NotifyChanged();
            var status = run.Status == PipelineRunStatus.Failed || !load.Succeeded ? "failed" : run.Status.ToString().ToLowerInvariant();
            await feed.PublishAsync(
                new PipelineEvent(run.RunId, status, run.Landed, run.Promoted, run.Quarantined, run.Failed + load.FilesFailed, load.FilesLoaded, load.RowsWritten,
                    [.. run.Files.Select(f => new PipelineFileEvent(f.Name, f.Outcome, f.ReasonCode, f.Reason))], clock.GetUtcNow()),
                cancellationToken);
        }
    }

    /// <summary>Something is pending in the manifest, or landing holds an object the manifest does not know.</summary>
    private async Task<bool> HasWorkAsync(CancellationToken cancellationToken)
    {
        if ((await manifest.PendingAsync(cancellationToken)).Count > 0)
        {
            return true;
        }

        var known = await manifest.LandingKeysAsync(cancellationToken);
        await foreach (var stored in store.ListAsync(Zone.Landing, string.Empty, cancellationToken))
        {
            if (!stored.Key.StartsWith(ObjectKeys.IncomingPrefix, StringComparison.Ordinal) && !known.Contains(stored.Key))
            {
                return true;
            }
        }

        return false;
    }

    private FileSystemWatcher? WatchLocalLanding()
    {
        if (lakeOptions.Value.Lake != LakeKind.Local)
        {
            return null;
        }

        var landing = LandingPath;
        Directory.CreateDirectory(landing);
        var watcher = new FileSystemWatcher(landing) { IncludeSubdirectories = true, NotifyFilter = NotifyFilters.FileName | NotifyFilters.Size | NotifyFilters.LastWrite };
        void OnEvent(string? relativePath)
        {
            if (!LandingFolder.IsLakeWrite(relativePath))
            {
                Wake();
            }
        }

        watcher.Created += (_, e) => OnEvent(e.Name);
        watcher.Changed += (_, e) => OnEvent(e.Name);
        watcher.Renamed += (_, e) => OnEvent(e.Name);
        watcher.EnableRaisingEvents = true;
        return watcher;
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "the pipeline worker's run failed; it tries again on the next change")]
    private static partial void LogRunFailed(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Information, Message = "another run holds the lake lock; the pipeline worker tries again on the next tick")]
    private static partial void LogLocked(ILogger logger);
}
