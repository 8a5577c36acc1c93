using System.IO.Compression;
using Ecosystem.DataLake.Containers;
using Ecosystem.DataLake.Landing;
using Ecosystem.DataLake.Manifest;
using Ecosystem.DataLake.Storage;
using Ecosystem.DataLake.Zones;

namespace Ecosystem.DataLake.Pipeline;

/// <summary>
/// landing → raw for a ZIP download: the ZIP is copied byte for byte into raw (kept as delivered, like any file), then
/// each entry lands as a file of its own, named <c>{zip name}/{entry path}</c> so formats that read their context
/// from the export's name (TikTok's download time and handle) still find it. Entries go through the pipeline like any
/// upload, content dedup included, in the same run. A crash midway is redone: entries already landed are duplicates.
/// A ZIP over the limits, an Office document or a broken archive is quarantined with the reason.
/// </summary>
public sealed class ContainerUnpacker(LakeContext lake, LandingWriter landing, LakeWorkspace workspace)
{
    public const string Source = "container";
    public const string Dataset = "zip";

    /// <summary>Unpacks the ZIP; returns null when it was unpacked, or the reason to quarantine it.</summary>
    public async Task<string?> UnpackAsync(LakeObject item, string runId, CancellationToken cancellationToken)
    {
        var local = workspace.ContainerFile(item.Sha256);
        try
        {
            await using (var source = await lake.Store.OpenReadAsync(Zone.Landing, item.LandingKey, cancellationToken))
            await using (var file = new FileStream(local, FileMode.Create, FileAccess.Write, FileShare.None, LakeIo.BufferSize, FileOptions.Asynchronous))
            {
                await source.CopyToAsync(file, cancellationToken);
            }

            ZipArchive archive;
            try
            {
                archive = new ZipArchive(File.OpenRead(local), ZipArchiveMode.Read, leaveOpen: false);
            }
            catch (InvalidDataException ex)
            {
                return $"not a readable ZIP: {ex.Message}";
            }

            using (archive)
            {
                var (entries, problem) = ZipContainer.Inspect(archive);
                if (entries is null)
                {
                    return problem;
                }

                var rawKey = ObjectKeys.Zoned(Source, Dataset, item.IngestDate, item.Sha256, item.OriginalName);
                var existing = await lake.Store.StatAsync(Zone.Raw, rawKey, cancellationToken);
                if (existing?.Sha256 != item.Sha256)
                {
                    var metadata = ObjectMetadataKeys.Create(item.Sha256);
                    metadata[ObjectMetadataKeys.Source] = Source;
                    await lake.Store.CopyAsync(Zone.Landing, item.LandingKey, Zone.Raw, rawKey, metadata, cancellationToken);
                }

                var edges = new List<LineageEdge> { new(Zone.Landing, item.LandingKey, Zone.Raw, rawKey, "raw", item.Sha256, null) };
                foreach (var entry in entries)
                {
                    LandingResult landed;
                    try
                    {
                        await using var content = new BoundedReadStream(entry.Open(), entry.Length);
                        landed = await landing.LandAsync(content, $"{item.OriginalName}/{entry.FullName}", item.SourceHint, runId, cancellationToken);
                    }
                    catch (InvalidDataException ex)
                    {
                        return $"entry '{entry.FullName}' cannot be read: {ex.Message}";
                    }

                    edges.Add(new LineageEdge(Zone.Raw, rawKey, Zone.Landing, landed.LandingKey, "unpack", item.Sha256, null));
                    Log.Unpacked(lake.Logger, entry.FullName, item.OriginalName, landed.Outcome == LandingOutcome.Duplicate);
                }

                var format = new DetectedFormatRecord(Source, Dataset, ZipContainer.Format, "binary", string.Empty);
                await lake.Manifest.MarkUnpackedAsync(item.Sha256, format, rawKey, edges, entries.Count, runId, lake.Clock.GetUtcNow(), cancellationToken);
                return null;
            }
        }
        finally
        {
            File.Delete(local);
        }
    }
}
