using Ecosystem.DataLake.Hashing;
using Ecosystem.DataLake.Manifest;
using Ecosystem.DataLake.Pipeline;
using Ecosystem.DataLake.Storage;
using Ecosystem.DataLake.Zones;

namespace Ecosystem.DataLake.Landing;

/// <summary>
/// Streams a delivered file into the landing zone while hashing it (one read, bounded memory), then files it under
/// its content-addressed key and records it in the manifest. Same bytes twice → a duplicate, whatever the name.
/// </summary>
public sealed class LandingWriter(LakeContext lake)
{
    public const string DefaultSourceHint = "inbox";

    public async Task<LandingResult> LandAsync(Stream content, string originalName, string? sourceHint, string runId, CancellationToken cancellationToken)
    {
        var hint = string.IsNullOrWhiteSpace(sourceHint) ? DefaultSourceHint : sourceHint;
        var tempKey = $"{ObjectKeys.IncomingPrefix}{Guid.NewGuid():N}";
        string sha256;
        long bytes;
        await using (var hashing = new Sha256ReadStream(content, leaveOpen: true))
        {
            await lake.Store.PutAsync(Zone.Landing, tempKey, hashing, ObjectMetadataKeys.Empty, cancellationToken);
            sha256 = hashing.HashHex();
            bytes = hashing.BytesRead;
        }

        var now = lake.Clock.GetUtcNow();
        var existing = await lake.Manifest.FindAsync(sha256, cancellationToken);
        if (existing is not null)
        {
            await lake.Store.DeleteAsync(Zone.Landing, tempKey, cancellationToken);
            await lake.Manifest.TryAddLandedAsync(Describe(sha256, originalName, bytes, now, hint, runId, existing.LandingKey), cancellationToken);
            return new LandingResult(originalName, sha256, LandingOutcome.Duplicate, bytes, existing.LandingKey);
        }

        var key = ObjectKeys.Landing(hint, DateOnly.FromDateTime(now.UtcDateTime), sha256, originalName);
        var metadata = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            [ObjectMetadataKeys.Sha256] = sha256,
            [ObjectMetadataKeys.OriginalName] = Uri.EscapeDataString(originalName),
            [ObjectMetadataKeys.Source] = hint,
            [ObjectMetadataKeys.RunId] = runId,
        };
        await lake.Store.MoveAsync(Zone.Landing, tempKey, key, metadata, cancellationToken);
        lake.Probe.Reached(PipelineCheckpoint.LandedBeforeManifest);

        var added = await lake.Manifest.TryAddLandedAsync(Describe(sha256, originalName, bytes, now, hint, runId, key), cancellationToken);
        return new LandingResult(originalName, sha256, added ? LandingOutcome.Landed : LandingOutcome.Duplicate, bytes, key);
    }

    /// <summary>
    /// Adopts objects that are in landing but not in the manifest: files dropped straight into the landing folder,
    /// or bytes a killed process landed before it could record them. Abandoned in-flight uploads are deleted.
    /// </summary>
    public async Task<IReadOnlyList<LandingResult>> AdoptUnrecordedAsync(string runId, CancellationToken cancellationToken)
    {
        var known = await lake.Manifest.LandingKeysAsync(cancellationToken);
        var adopted = new List<LandingResult>();
        var objects = new List<StoredObject>();
        await foreach (var stored in lake.Store.ListAsync(Zone.Landing, string.Empty, cancellationToken))
        {
            objects.Add(stored);
        }

        foreach (var stored in objects)
        {
            if (stored.Key.StartsWith(ObjectKeys.IncomingPrefix, StringComparison.Ordinal))
            {
                await lake.Store.DeleteAsync(Zone.Landing, stored.Key, cancellationToken);
                continue;
            }

            if (known.Contains(stored.Key))
            {
                continue;
            }

            adopted.Add(await AdoptAsync(stored, runId, cancellationToken));
        }

        return adopted;
    }

    private async Task<LandingResult> AdoptAsync(StoredObject stored, string runId, CancellationToken cancellationToken)
    {
        var stat = await lake.Store.StatAsync(Zone.Landing, stored.Key, cancellationToken) ?? stored;
        var name = stat.Metadata.TryGetValue(ObjectMetadataKeys.OriginalName, out var escaped) ? Uri.UnescapeDataString(escaped) : Path.GetFileName(stored.Key);
        var hint = stat.Metadata.TryGetValue(ObjectMetadataKeys.Source, out var source) ? source : DefaultSourceHint;
        var sha256 = stat.Sha256;
        if (sha256 is null)
        {
            // Dropped in by hand or by another tool: hash it once (streamed).
            await using var read = await lake.Store.OpenReadAsync(Zone.Landing, stored.Key, cancellationToken);
            await using var hashing = new Sha256ReadStream(read);
            await hashing.CopyToAsync(Stream.Null, cancellationToken);
            sha256 = hashing.HashHex();
        }

        var now = lake.Clock.GetUtcNow();
        var existing = await lake.Manifest.FindAsync(sha256, cancellationToken);
        var added = await lake.Manifest.TryAddLandedAsync(Describe(sha256, name, stat.Size, now, hint, runId, existing?.LandingKey ?? stored.Key), cancellationToken);
        if (!added && existing is not null && !string.Equals(existing.LandingKey, stored.Key, StringComparison.Ordinal))
        {
            await lake.Store.DeleteAsync(Zone.Landing, stored.Key, cancellationToken);
        }

        return new LandingResult(name, sha256, added ? LandingOutcome.Landed : LandingOutcome.Duplicate, stat.Size, existing?.LandingKey ?? stored.Key);
    }

    private static LakeObject Describe(string sha256, string name, long bytes, DateTimeOffset at, string hint, string runId, string key) => new()
    {
        Sha256 = sha256,
        OriginalName = name,
        Bytes = bytes,
        LandedAtUtc = at,
        IngestDate = DateOnly.FromDateTime(at.UtcDateTime),
        RunId = runId,
        Status = LakeObjectStatus.Landed,
        SourceHint = hint,
        LandingKey = key,
    };
}
