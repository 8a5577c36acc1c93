using Ecosystem.DataLake.Manifest;
using Ecosystem.DataLake.Storage;
using Ecosystem.DataLake.Zones;
using Microsoft.Extensions.Options;

namespace Ecosystem.Dashboard.Pipeline;

/// <summary>
/// <c>GET /pipeline/quarantine/{sha256}</c>: the quarantined file, byte for byte as it landed, under its original name,
/// and <c>/pipeline/quarantine/{sha256}/reason</c>: the <c>.reason.json</c> beside it. Same access rule as the exports.
/// </summary>
public static class QuarantineEndpoints
{
    public static RouteGroupBuilder MapQuarantine(this WebApplication app)
    {
        var group = app.MapGroup("/pipeline/quarantine");
        group.MapGet("/{sha256}", (HttpContext http, string sha256, LakeManifest manifest, IObjectStore store, IOptions<DashboardOptions> options, CancellationToken cancellationToken) =>
            SendAsync(http, sha256, reason: false, manifest, store, options.Value, cancellationToken));
        group.MapGet("/{sha256}/reason", (HttpContext http, string sha256, LakeManifest manifest, IObjectStore store, IOptions<DashboardOptions> options, CancellationToken cancellationToken) =>
            SendAsync(http, sha256, reason: true, manifest, store, options.Value, cancellationToken));
        return group;
    }

    private static async Task<IResult> SendAsync(HttpContext http, string sha256, bool reason, LakeManifest manifest, IObjectStore store, DashboardOptions options, CancellationToken cancellationToken)
    {
        if (!ApiKeys.Accepts(http, options))
        {
            return Results.Text("An API key is required (X-Api-Key header or api_key parameter).", statusCode: StatusCodes.Status401Unauthorized);
        }

        await manifest.MigrateAsync(cancellationToken);
        var found = sha256.Length == 64 && sha256.All(Uri.IsHexDigit) ? await manifest.FindAsync(sha256.ToLowerInvariant(), cancellationToken) : null;
        if (found is not { Status: LakeObjectStatus.Quarantined, QuarantineKey: { } key })
        {
            return Results.Text($"No quarantined file with SHA-256 '{sha256}'.", statusCode: StatusCodes.Status404NotFound);
        }

        var objectKey = reason ? ObjectKeys.ReasonFor(key) : key;
        if (await store.StatAsync(Zone.Quarantine, objectKey, cancellationToken) is null)
        {
            return Results.Text($"The quarantine zone no longer holds '{objectKey}'.", statusCode: StatusCodes.Status404NotFound);
        }

        var stream = await store.OpenReadAsync(Zone.Quarantine, objectKey, cancellationToken);
        return reason
            ? Results.Stream(stream, "application/json", ObjectKeys.SafeName(found.OriginalName) + ".reason.json")
            : Results.Stream(stream, "application/octet-stream", ObjectKeys.SafeName(found.OriginalName));
    }
}
