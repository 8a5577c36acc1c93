using Ecosystem.Dashboard.Pipeline;
using Ecosystem.DataLake.Demo;
using Ecosystem.DataLake.Manifest;
using Ecosystem.DataLake.Pipeline;

namespace Ecosystem.Dashboard.Demo;

/// <summary>
/// Fills a new demo workspace once: the demo label's exports up to yesterday (UTC), written into the workspace and
/// landed like any upload; the pipeline worker promotes and loads them. A workspace that already has files is left
/// as it is.
/// </summary>
public sealed partial class DemoWorkspaceSeeder(Workspace workspace, LakeManifest manifest, LakeRunner runner, PipelineWorker worker, TimeProvider clock, ILogger<DemoWorkspaceSeeder> logger)
    : BackgroundService
{
    public const int Seed = 7;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if ((await manifest.AllObjectsAsync(stoppingToken)).Count > 0)
        {
            return;
        }

        var until = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime).AddDays(-1);
        var files = DemoLabel.WriteExports(Path.Combine(workspace.DataDirectory, "demo-exports"), Seed, until);
        await runner.IngestAsync(files, "demo", null, stoppingToken);
        LogSeeded(logger, files.Count, workspace.DataDirectory);
        worker.Wake();
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "demo workspace: landed {Count} demo exports in {Folder}")]
    private static partial void LogSeeded(ILogger logger, int count, string folder);
}
