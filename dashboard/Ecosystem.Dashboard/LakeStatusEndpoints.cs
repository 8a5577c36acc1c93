using Ecosystem.DataLake.Manifest;

namespace Ecosystem.Dashboard;

internal static class LakeStatusEndpoints
{
    /// <summary><c>GET /api/lake/status</c>: objects per status, curated datasets, recent runs and quarantined files.</summary>
    public static RouteGroupBuilder MapLakeStatus(this WebApplication app)
    {
        var group = app.MapGroup(string.Empty);
        group.MapGet("/api/lake/status", async (LakeManifest manifest, CancellationToken cancellationToken) =>
        {
            await manifest.MigrateAsync(cancellationToken);
            return Results.Ok(await LakeStatusReport.ReadAsync(manifest, 10, cancellationToken));
        });
        return group;
    }
}
