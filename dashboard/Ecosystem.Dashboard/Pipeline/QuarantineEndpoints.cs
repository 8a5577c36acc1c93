using Ecosystem.DataLake.Manifest;
using Ecosystem.DataLake.Storage;
using Ecosystem.DataLake.Zones;

namespace Ecosystem.Dashboard.Pipeline;

/// <summary>
/// Lake files a page links to: <c>GET /pipeline/quarantine/{sha256}</c>, the
/// quarantined file byte for byte as it landed, under its original name; <c>…/{sha256}/reason</c>, the
/// <c>.reason.json</c> beside it; and <c>GET /lake/curated/{key}</c>, the committed version of a curated partition (the
/// Parquet file the warehouse loaded, as the lineage page lists it). Mapped on the group that requires the API key.
/// </summary>
public static class QuarantineEndpoints
{
    public static IEndpointRouteBuilder MapQuarantine(this IEndpointRouteBuilder app)
    {
        app.MapGet("/lake/curated/{**key}", async (string key, string? sha256, LakeManifest manifest, IObjectStore store, CancellationToken cancellationToken) =>
        {
            await manifest.MigrateAsync(cancellationToken);
            var partition = (await manifest.CuratedPartitionsAsync(cancellationToken)).FirstOrDefault(p => p.ObjectKey == key);
            if (partition is null)
            {
                return Results.Text($"No curated partition '{key}'.", statusCode: StatusCodes.Status404NotFound);
            }

            // The version asked for (default: the committed one): the curated object while it is that version, else
            // the archive, which keeps every replaced version under its SHA-256.
            var wanted = sha256 ?? partition.Sha256;
            var current = await store.StatAsync(Zone.Curated, key, cancellationToken);
            var (zone, objectKey) = string.Equals(current?.Sha256, wanted, StringComparison.Ordinal)
                ? (Zone.Curated, key)
                : (Zone.Archive, ObjectKeys.ArchivedVersion(Zone.Curated, key, wanted));
            if (await store.StatAsync(zone, objectKey, cancellationToken) is null)
            {
                return Results.Text($"The lake holds no version {wanted} of '{key}'.", statusCode: StatusCodes.Status404NotFound);
            }

            var name = $"{partition.Dataset}-{partition.Source}-{partition.Partition.Path.Replace('/', '-').Replace('=', '-')}.parquet";
            return Results.Stream(await store.OpenReadAsync(zone, objectKey, cancellationToken), "application/vnd.apache.parquet", name);
        });
        var group = app.MapGroup("/pipeline/quarantine");
        group.MapGet("/{sha256}", (string sha256, LakeManifest manifest, IObjectStore store, CancellationToken cancellationToken) =>
            SendAsync(sha256, reason: false, manifest, store, cancellationToken));
        group.MapGet("/{sha256}/reason", (string sha256, LakeManifest manifest, IObjectStore store, CancellationToken cancellationToken) =>
            SendAsync(sha256, reason: true, manifest, store, cancellationToken));
        return app;
    }

    private static async Task<IResult> SendAsync(string sha256, bool reason, LakeManifest manifest, IObjectStore store, CancellationToken cancellationToken)
    {
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
