namespace Ecosystem.DataLake.Manifest;

/// <summary>What <c>eco status</c> and the dashboard show of the lake, read from the manifest only (never from file times).</summary>
public sealed record LakeStatusReport(
    IReadOnlyDictionary<string, int> ObjectsByStatus,
    long DuplicateLandings,
    IReadOnlyList<PipelineRunRecord> RecentRuns,
    IReadOnlyList<CuratedDatasetSummary> Curated,
    IReadOnlyList<QuarantinedFile> Quarantined,
    IReadOnlyList<FileWithRejects> FilesWithRejects)
{
    public static async Task<LakeStatusReport> ReadAsync(LakeManifest manifest, int runs, CancellationToken cancellationToken)
    {
        var counts = await manifest.CountByStatusAsync(cancellationToken);
        var partitions = await manifest.CuratedPartitionsAsync(cancellationToken);
        var objects = await manifest.AllObjectsAsync(cancellationToken);
        return new LakeStatusReport(
            counts.ToDictionary(pair => pair.Key.ToString().ToLowerInvariant(), pair => pair.Value, StringComparer.Ordinal),
            await manifest.DuplicateLandingsAsync(cancellationToken),
            await manifest.RecentRunsAsync(runs, cancellationToken),
            partitions.GroupBy(p => (p.Dataset, p.Source))
                .Select(g => new CuratedDatasetSummary(g.Key.Dataset, g.Key.Source, g.Count(), g.Sum(p => p.RowCount), g.Min(p => p.Partition).Path, g.Max(p => p.Partition).Path))
                .ToList(),
            objects.Where(o => o.Status == LakeObjectStatus.Quarantined)
                .OrderByDescending(o => o.Seq)
                .Select(o => new QuarantinedFile(o.OriginalName, o.Sha256, o.ReasonCode ?? "?", o.Reason ?? string.Empty, o.QuarantineKey))
                .ToList(),
            objects.Where(o => o.Status != LakeObjectStatus.Quarantined && o.RejectedCount > 0)
                .OrderByDescending(o => o.Seq)
                .Select(o => new FileWithRejects(o.OriginalName, o.Sha256, o.RowCount ?? 0, o.RejectedCount ?? 0))
                .ToList());
    }
}

public sealed record CuratedDatasetSummary(string Dataset, string Source, int Partitions, long Rows, string FirstPartition, string LastPartition);

public sealed record QuarantinedFile(string Name, string Sha256, string ReasonCode, string Reason, string? QuarantineKey);

/// <summary>A file that was staged although some of its rows were rejected (under the threshold); the rows are in <c>rejected_row</c>.</summary>
public sealed record FileWithRejects(string Name, string Sha256, long Rows, long RejectedRows);
