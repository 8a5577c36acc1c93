using System.Threading.Channels;
using Ecosystem.Warehouse.Kpis;
using Ecosystem.Warehouse.Schema;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Options;

namespace Ecosystem.Dashboard.Live;

/// <summary>
/// Notices warehouse changes (a finished <c>etl_run</c>, checked every
/// <see cref="DashboardOptions.ChangeCheckMilliseconds"/> and at once when the pipeline worker reports a load, never
/// sooner than <see cref="MinSpacing"/> after the last push, so at most five pushes a second), recomputes the KPI
/// snapshot and pushes it to SignalR clients and to in-process subscribers (Blazor components), each through a
/// disposable subscription. A load that wrote nothing leaves no run behind, so it pushes nothing.
/// </summary>
public sealed partial class KpiFeed(KpiService kpis, WarehouseDatabase database, IHubContext<KpiHub> hub, IOptions<DashboardOptions> options, TimeProvider clock, ILogger<KpiFeed> logger)
    : BackgroundService
{
    /// <summary>The shortest time between two pushes: at most five a second.</summary>
    public static readonly TimeSpan MinSpacing = TimeSpan.FromMilliseconds(200);

    private readonly Lock _gate = new();
    private readonly List<Func<KpiSnapshot, CancellationToken, Task>> _subscribers = [];
    private readonly SemaphoreSlim _refresh = new(1, 1);
    private readonly Channel<bool> _changed = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });
    private string? _version;
    private DateTimeOffset _lastPushAt = DateTimeOffset.MinValue;
    private decimal? _openErrors;

    /// <summary>The latest snapshot (null until the first one is computed).</summary>
    public KpiSnapshot? Current { get; private set; }

    /// <summary>Calls <paramref name="onSnapshot"/> with every new snapshot until the returned handle is disposed.</summary>
    public IDisposable Subscribe(Func<KpiSnapshot, CancellationToken, Task> onSnapshot)
    {
        lock (_gate)
        {
            _subscribers.Add(onSnapshot);
        }

        return new Subscription(this, onSnapshot);
    }

    public async Task<KpiSnapshot> RefreshAsync(CancellationToken cancellationToken)
    {
        await _refresh.WaitAsync(cancellationToken);
        try
        {
            Current = await kpis.SnapshotAsync(cancellationToken);
            return Current;
        }
        finally
        {
            _refresh.Release();
        }
    }

    /// <summary>Checks for a change now instead of at the next tick (the pipeline worker calls it after a load).</summary>
    public void NotifyChanged() => _changed.Writer.TryWrite(true);

    /// <summary>Sends what the pipeline worker did to every client, with an alert when it failed.</summary>
    public async Task PublishAsync(PipelineEvent pipelineEvent, CancellationToken cancellationToken)
    {
        await hub.Clients.All.SendAsync(KpiHub.PipelineEventMessage, pipelineEvent, cancellationToken);
        if (pipelineEvent.Status == "failed")
        {
            await hub.Clients.All.SendAsync(KpiHub.AlertMessage, new Alert("error", $"Pipeline run {pipelineEvent.RunId} failed: {pipelineEvent.Failed} files could not be processed.", clock.GetUtcNow()), cancellationToken);
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await database.MigrateAsync(stoppingToken);
        var interval = TimeSpan.FromMilliseconds(options.Value.ChangeCheckMilliseconds);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var version = await ReadVersionAsync(stoppingToken);
                if (version != _version || Current is null)
                {
                    _version = version;
                    await PushAsync(await RefreshAsync(stoppingToken), stoppingToken);
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // A locked file, a disk hiccup or a bug in one KPI must not take the dashboard down: log, try again.
                LogCheckFailed(logger, ex);
            }

            // Next check at the next tick, or as soon as the worker says the warehouse changed — but never sooner than
            // MinSpacing after the last push, which bounds pushes to a few a second.
            using (var tick = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken))
            {
                tick.CancelAfter(interval);
                try
                {
                    await _changed.Reader.ReadAsync(tick.Token);
                }
                catch (OperationCanceledException) when (!stoppingToken.IsCancellationRequested)
                {
                    // The interval passed without a notification: check anyway (another process may have loaded).
                }
            }

            // Pushes, not checks, are what the spacing bounds: a check after a quiet second runs at once.
            var early = MinSpacing - (clock.GetUtcNow() - _lastPushAt);
            if (early > TimeSpan.Zero)
            {
                await Task.Delay(early, clock, stoppingToken);
            }
        }
    }

    private async Task<string> ReadVersionAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        // Finished runs only: a load in progress (its row says finished = started) would push a half-loaded snapshot,
        // and its final push would then have to wait out MinSpacing.
        command.CommandText = "SELECT COALESCE(MAX(id), 0) || '/' || COALESCE(MAX(finished_at_utc), '') FROM etl_run WHERE finished_at_utc > started_at_utc";
        return (string)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    private async Task PushAsync(KpiSnapshot snapshot, CancellationToken cancellationToken)
    {
        _lastPushAt = clock.GetUtcNow();
        await hub.Clients.All.SendAsync(KpiHub.SnapshotMessage, snapshot, cancellationToken);
        Func<KpiSnapshot, CancellationToken, Task>[] subscribers;
        lock (_gate)
        {
            subscribers = [.. _subscribers];
        }

        // All at once (each page re-reads its reports on its own circuit), and one failing page never keeps the
        // snapshot from the others.
        await Task.WhenAll(subscribers.Select(subscriber => NotifyAsync(subscriber, snapshot, cancellationToken)));

        var errors = snapshot.Kpis.FirstOrDefault(k => k.Id == "data_freshness")?.Items.FirstOrDefault(i => i.Label == "open data-quality errors")?.Value;
        if (errors > (_openErrors ?? errors))
        {
            await hub.Clients.All.SendAsync(KpiHub.AlertMessage, new Alert("warning", $"{errors - _openErrors} new data-quality errors; see the pipeline page.", clock.GetUtcNow()), cancellationToken);
        }

        _openErrors = errors;
    }

    private async Task NotifyAsync(Func<KpiSnapshot, CancellationToken, Task> subscriber, KpiSnapshot snapshot, CancellationToken cancellationToken)
    {
        try
        {
            await subscriber(snapshot, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogSubscriberFailed(logger, ex);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "a KPI feed subscriber (a dashboard page) failed on a new snapshot; the others got it")]
    private static partial void LogSubscriberFailed(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "the KPI feed could not read the warehouse; it tries again")]
    private static partial void LogCheckFailed(ILogger logger, Exception exception);

    private sealed class Subscription(KpiFeed feed, Func<KpiSnapshot, CancellationToken, Task> subscriber) : IDisposable
    {
        public void Dispose()
        {
            lock (feed._gate)
            {
                feed._subscribers.Remove(subscriber);
            }
        }
    }
}
