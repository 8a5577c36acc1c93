using Ecosystem.DataLake.Manifest;
using Ecosystem.DataLake.Storage;
using Ecosystem.Warehouse.Schema;

namespace Ecosystem.Dashboard;

/// <summary>
/// Migrates the manifest and the warehouse and creates the lake's zones before anything else starts — the server,
/// the feed, the worker — so no request or upload ever meets a database without its tables.
/// </summary>
public sealed class StartupMigrations(LakeManifest manifest, WarehouseDatabase warehouse, IObjectStore store) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await manifest.MigrateAsync(cancellationToken);
        await warehouse.MigrateAsync(cancellationToken);
        await store.EnsureZonesAsync(cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
