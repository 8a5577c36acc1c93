using System.Collections.Concurrent;
using Ecosystem.DataLake.Datasets;
using Ecosystem.DataLake.Datasets.Columns;
using Ecosystem.DataLake.Formats;
using Ecosystem.DataLake.Manifest;
using Ecosystem.DataLake.Storage;
using Ecosystem.DataLake.Zones;

namespace Ecosystem.DataLake.Pipeline;

/// <summary>
/// staging → curated: for each monthly partition a staged file touches, merges its rows into the partition's
/// committed version on the natural key and writes the new version new-then-swapped: the committed version is
/// first archived under its full key with its SHA-256, then the new file replaces it atomically. The manifest
/// commit that follows is what makes the new versions current; a crash before it is redone from the committed
/// versions, so nothing is lost or doubled.
/// </summary>
public sealed class CuratedPromoter(LakeContext lake, LakeWorkspace workspace)
{
    /// <summary>
    /// Partitions merge in parallel (one per core) while they are small; once a partition holds more rows than this,
    /// they merge one at a time, each using every core (its columns read and its rows sorted in parallel), so the
    /// rows held in memory stay bounded whatever the statement's size.
    /// </summary>
    private const long ParallelMergeRowLimit = 100_000;

    public async Task<long> CurateAsync(LakeObject item, string runId, CancellationToken cancellationToken)
    {
        var handler = lake.Sources.ByFormat(item.Format!);
        var stagingPath = await LocalStagingCopyAsync(item, cancellationToken);
        IReadOnlyDictionary<PartitionKey, IReadOnlyList<int>> partitions;
        long largest;
        await using (var staging = File.OpenRead(stagingPath))
        using (var reader = LakeParquetReader.Open(staging))
        {
            partitions = StagingMetadata.Parse(reader.Metadata);
            largest = partitions.Values.Select(groups => groups.Sum(reader.RowGroupRowCount)).DefaultIfEmpty(0).Max();
        }

        var cores = Math.Max(1, Environment.ProcessorCount);
        var (degree, workers) = largest > ParallelMergeRowLimit ? (1, cores) : (cores, 1);
        var relief = new MemoryRelief();
        var publishing = new ConcurrentBag<Task<(CuratedPartitionVersion Version, LineageEdge Edge)>>();
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = degree, CancellationToken = stop.Token };
        (CuratedPartitionVersion Version, LineageEdge Edge)[] results;
        try
        {
            // A merged partition is hashed and stored while the next one merges; a failure to store stops the merging.
            await Parallel.ForEachAsync(partitions, parallel, async (partition, token) =>
            {
                var merged = await MergePartitionAsync(handler, item, stagingPath, partition.Key, partition.Value, runId, workers, relief, token);
                publishing.Add(PublishAsync(handler, item, merged, runId, stop));
            });
        }
        finally
        {
            results = await Task.WhenAll(publishing);
            PartitionArrays.Trim(); // the merges' arrays, kept from one partition to the next, are not needed now
        }

        lake.Probe.Reached(PipelineCheckpoint.CuratedBeforeManifest);
        var ordered = results.OrderBy(result => result.Version.Partition).ToList();
        await lake.Manifest.MarkCuratedAsync(item.Sha256, ordered.Select(r => r.Version).ToList(), ordered.Select(r => r.Edge).ToList(), runId, lake.Clock.GetUtcNow(), cancellationToken);
        File.Delete(stagingPath);
        var rows = ordered.Sum(result => result.Edge.RowCount ?? 0);
        var partitionRows = ordered.Sum(result => result.Version.RowCount);
        Log.Curated(lake.Logger, item.OriginalName, handler.Dataset, ordered.Count, partitionRows);
        return rows;
    }

    private async Task<MergedPartition> MergePartitionAsync(
        ISourceHandler handler, LakeObject item, string stagingPath, PartitionKey partition, IReadOnlyList<int> rowGroups, string runId, int workers, MemoryRelief relief, CancellationToken cancellationToken)
    {
        var key = ObjectKeys.CuratedPartition(handler.Dataset, handler.Source, partition);
        var committed = await lake.Manifest.FindCuratedPartitionAsync(handler.Dataset, handler.Source, partition, cancellationToken);
        await using var previous = committed is null ? null : await OpenCommittedVersionAsync(key, committed, cancellationToken);

        var outputPath = workspace.CuratedFile(item.Sha256, partition.Path);
        PartitionMergeResult merge;
        await using (var output = new FileStream(outputPath, FileMode.Create, FileAccess.ReadWrite, FileShare.None, LakeIo.BufferSize, FileOptions.Asynchronous))
        {
            var request = new PartitionMergeRequest(() => File.OpenRead(stagingPath), rowGroups, previous, runId, workers);
            merge = handler.MergePartition(request, output, cancellationToken);
        }

        relief.Merged(merge.TotalRows);
        return new MergedPartition(partition, key, outputPath, merge);
    }

    /// <summary>Stores a merged partition's new version in curated (replacing the archived one); on failure, stops the merging.</summary>
    private async Task<(CuratedPartitionVersion, LineageEdge)> PublishAsync(ISourceHandler handler, LakeObject item, MergedPartition merged, string runId, CancellationTokenSource stop)
    {
        try
        {
            var sha256 = await LakeWorkspace.HashFileAsync(merged.Path, stop.Token);
            await using (var version = File.OpenRead(merged.Path))
            {
                await lake.Store.PutAsync(Zone.Curated, merged.Key, version, ObjectMetadataKeys.Create(sha256), stop.Token);
            }

            File.Delete(merged.Path);
            lake.Probe.Reached(PipelineCheckpoint.CuratedPartitionWritten);
            return (
                new CuratedPartitionVersion(handler.Dataset, handler.Source, merged.Partition, merged.Key, sha256, merged.Merge.TotalRows, runId),
                new LineageEdge(Zone.Staging, item.StagingKey!, Zone.Curated, merged.Key, "curated", item.Sha256, merged.Merge.IncomingRows));
        }
        catch
        {
            await stop.CancelAsync();
            throw;
        }
    }

    /// <summary>
    /// The committed version of a partition. Normally that is the curated object, which is archived before it is
    /// replaced. If a crashed run already swapped in an uncommitted version, the committed one is read from archive.
    /// </summary>
    private async Task<Stream> OpenCommittedVersionAsync(string key, CuratedPartitionVersion committed, CancellationToken cancellationToken)
    {
        var archiveKey = ObjectKeys.ArchivedVersion(Zone.Curated, key, committed.Sha256);
        var current = await lake.Store.StatAsync(Zone.Curated, key, cancellationToken);
        if (string.Equals(current?.Sha256, committed.Sha256, StringComparison.Ordinal))
        {
            if (await lake.Store.StatAsync(Zone.Archive, archiveKey, cancellationToken) is null)
            {
                await lake.Store.CopyAsync(Zone.Curated, key, Zone.Archive, archiveKey, ObjectMetadataKeys.Create(committed.Sha256), cancellationToken);
            }

            lake.Probe.Reached(PipelineCheckpoint.CuratedPreviousArchived);
            return await lake.Store.OpenReadAsync(Zone.Curated, key, cancellationToken);
        }

        return await lake.Store.OpenReadAsync(Zone.Archive, archiveKey, cancellationToken);
    }

    private async Task<string> LocalStagingCopyAsync(LakeObject item, CancellationToken cancellationToken)
    {
        var path = workspace.StagingFile(item.Sha256);
        if (File.Exists(path))
        {
            return path;
        }

        // A run that resumes a file staged by an earlier run fetches the staging object once.
        await using var source = await lake.Store.OpenReadAsync(Zone.Staging, item.StagingKey!, cancellationToken);
        await using var target = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, LakeIo.BufferSize, FileOptions.Asynchronous);
        await source.CopyToAsync(target, LakeIo.BufferSize, cancellationToken);
        return path;
    }

    /// <summary>A partition's new version, merged into a workspace file and not yet stored.</summary>
    private sealed record MergedPartition(PartitionKey Partition, string Key, string Path, PartitionMergeResult Merge);
}
