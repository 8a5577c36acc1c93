using Ecosystem.DataLake.Landing;
using Ecosystem.DataLake.Manifest;
using Ecosystem.DataLake.Storage;

namespace Ecosystem.DataLake.Pipeline;

/// <summary>
/// The lake's two jobs, each recorded as a pipeline run: <see cref="IngestAsync"/> lands files, and
/// <see cref="RunAsync"/> promotes everything pending through raw, staging and curated, in landing order.
/// The caller holds the run lock. A file that fails stays pending for the next run; the others go on.
/// </summary>
public sealed class LakeRunner(LakeContext lake, LandingWriter landing, FilePromoter files, LakeWorkspace workspace)
{
    public async Task<RunSummary> IngestAsync(IReadOnlyList<string> paths, string? sourceHint, IProgress<PipelineProgress>? progress, CancellationToken cancellationToken)
    {
        var files = ExpandPaths(paths);
        var runId = RunIds.New(lake.Clock);
        var started = lake.Clock.GetUtcNow();
        await lake.Store.EnsureZonesAsync(cancellationToken);
        await lake.Manifest.StartRunAsync(runId, "ingest", started, cancellationToken);
        var outcomes = new List<FileOutcome>();
        int landed = 0, duplicates = 0, failed = 0;
        for (var i = 0; i < files.Count; i++)
        {
            var path = files[i];
            progress?.Report(new PipelineProgress(i, files.Count, Path.GetFileName(path), "landing"));
            try
            {
                await using var content = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, LakeIo.BufferSize, FileOptions.Asynchronous | FileOptions.SequentialScan);
                var result = await landing.LandAsync(content, Path.GetFileName(path), sourceHint, runId, cancellationToken);
                if (result.Outcome == LandingOutcome.Landed)
                {
                    landed++;
                    Log.Landed(lake.Logger, result.OriginalName, result.Sha256, result.Bytes);
                }
                else
                {
                    duplicates++;
                    Log.Duplicate(lake.Logger, result.OriginalName, result.Sha256);
                }

                outcomes.Add(new FileOutcome(result.OriginalName, result.Sha256, result.Outcome == LandingOutcome.Landed ? "landed" : "duplicate"));
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                failed++;
                Log.StepFailed(lake.Logger, ex, path, "-", "landing");
                outcomes.Add(new FileOutcome(Path.GetFileName(path), string.Empty, "failed", "unreadable_file", ex.Message));
            }
        }

        progress?.Report(new PipelineProgress(files.Count, files.Count, string.Empty, "done"));
        var status = failed > 0 ? PipelineRunStatus.Failed : PipelineRunStatus.Ok;
        return await FinishAsync(new RunSummary(runId, "ingest", status, landed, duplicates, 0, 0, failed, 0, lake.Clock.GetUtcNow() - started, outcomes), cancellationToken);
    }

    public async Task<RunSummary> RunAsync(IProgress<PipelineProgress>? progress, CancellationToken cancellationToken)
    {
        var runId = RunIds.New(lake.Clock);
        var started = lake.Clock.GetUtcNow();
        await lake.Store.EnsureZonesAsync(cancellationToken);
        await lake.Manifest.StartRunAsync(runId, "run", started, cancellationToken);
        var aborted = await lake.Manifest.AbortStaleRunsAsync(runId, started, cancellationToken);
        if (aborted > 0)
        {
            Log.AbortedRuns(lake.Logger, aborted);
        }

        workspace.Reset();
        (lake.Store as LocalFolderObjectStore)?.DeleteAbandonedTempFiles();
        var adopted = await landing.AdoptUnrecordedAsync(runId, cancellationToken);
        if (adopted.Count > 0)
        {
            Log.Adopted(lake.Logger, adopted.Count);
        }

        // Files landed during the run (the entries of a ZIP) are pending too: go round until nothing new is pending.
        var pending = (await lake.Manifest.PendingAsync(cancellationToken)).ToList();
        var attempted = new HashSet<string>(StringComparer.Ordinal);
        var outcomes = new List<FileOutcome>();
        int promoted = 0, quarantined = 0, failed = 0, landedDuringRun = 0, done = 0, total = pending.Count;
        long rows = 0;
        for (var round = 0; ; round++)
        {
            var batch = pending.Where(item => attempted.Add(item.Sha256)).ToList();
            if (batch.Count == 0)
            {
                break;
            }

            if (round > 0)
            {
                landedDuringRun += batch.Count;
                total += batch.Count;
            }

            foreach (var item in batch)
            {
                var step = "raw";
                var index = done++;
                try
                {
                    var outcome = await files.PromoteAsync(
                        item,
                        runId,
                        s =>
                        {
                            step = s;
                            progress?.Report(new PipelineProgress(index, total, item.OriginalName, s));
                        },
                        cancellationToken);
                    outcomes.Add(outcome);
                    switch (outcome.Outcome)
                    {
                        case "curated":
                            promoted++;
                            rows += outcome.Rows;
                            break;
                        case "quarantined":
                            quarantined++;
                            break;
                    }
                }
                catch (Exception ex) when (ex is not OperationCanceledException and not PipelineHaltException)
                {
                    failed++;
                    Log.StepFailed(lake.Logger, ex, item.OriginalName, item.Sha256, step);
                    outcomes.Add(new FileOutcome(item.OriginalName, item.Sha256, "failed", "error", ex.Message));
                }
            }

            pending = (await lake.Manifest.PendingAsync(cancellationToken)).ToList();
        }

        progress?.Report(new PipelineProgress(total, total, string.Empty, "done"));
        var status = failed > 0 ? PipelineRunStatus.Failed : quarantined > 0 ? PipelineRunStatus.Partial : PipelineRunStatus.Ok;
        var adoptedLanded = adopted.Count(result => result.Outcome == LandingOutcome.Landed);
        var summary = new RunSummary(runId, "run", status, adoptedLanded + landedDuringRun, adopted.Count - adoptedLanded, promoted, quarantined, failed, rows, lake.Clock.GetUtcNow() - started, outcomes);
        var statusName = status.ToString().ToLowerInvariant();
        Log.RunFinished(lake.Logger, runId, statusName, promoted, quarantined, failed, rows);
        return await FinishAsync(summary, cancellationToken);
    }

    private async Task<RunSummary> FinishAsync(RunSummary summary, CancellationToken cancellationToken)
    {
        var record = new PipelineRunRecord(
            summary.RunId, summary.Command, lake.Clock.GetUtcNow() - summary.Elapsed, lake.Clock.GetUtcNow(), summary.Status,
            summary.Landed, summary.Duplicates, summary.Promoted, summary.Quarantined, summary.Failed, summary.RowsCurated);
        await lake.Manifest.FinishRunAsync(record, cancellationToken);
        return summary;
    }

    /// <summary>Files and folders (recursively, hidden files skipped) in a stable order.</summary>
    public static IReadOnlyList<string> ExpandPaths(IEnumerable<string> paths)
    {
        var files = new List<string>();
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                var options = new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = FileAttributes.Hidden | FileAttributes.System };
                files.AddRange(Directory.EnumerateFiles(path, "*", options).Order(StringComparer.Ordinal));
            }
            else
            {
                files.Add(path);
            }
        }

        return files;
    }
}
