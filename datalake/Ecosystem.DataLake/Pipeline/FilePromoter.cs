using Ecosystem.DataLake.Manifest;

namespace Ecosystem.DataLake.Pipeline;

/// <summary>
/// Moves one file on from wherever it stopped (landed, raw or staged) to curated or quarantine, and records each
/// step — raw, staging, curated — with its outcome and timing in <c>pipeline_step</c>.
/// </summary>
public sealed class FilePromoter(LakeContext lake, RawPromoter raw, StagingPromoter staging, CuratedPromoter curated)
{
    public async Task<FileOutcome> PromoteAsync(LakeObject item, string runId, Action<string> onStep, CancellationToken cancellationToken)
    {
        if (item.Status == LakeObjectStatus.Landed)
        {
            var outcome = await StepAsync(item, runId, "raw", onStep, () => raw.PromoteAsync(item, runId, cancellationToken), cancellationToken);
            if (outcome == StepOutcome.Quarantined)
            {
                return await QuarantinedAsync(item, cancellationToken);
            }

            if (outcome == StepOutcome.Unpacked)
            {
                var unpacked = await lake.Manifest.FindAsync(item.Sha256, cancellationToken) ?? item;
                return new FileOutcome(unpacked.OriginalName, unpacked.Sha256, "unpacked", Rows: 0, Entries: unpacked.RowCount ?? 0);
            }

            item = await lake.Manifest.FindAsync(item.Sha256, cancellationToken) ?? item;
        }

        if (item.Status == LakeObjectStatus.Raw)
        {
            var staged = item;
            var outcome = await StepAsync(item, runId, "staging", onStep, async () => (await staging.StageAsync(staged, runId, cancellationToken)).Outcome, cancellationToken);
            if (outcome == StepOutcome.Quarantined)
            {
                return await QuarantinedAsync(item, cancellationToken);
            }

            item = await lake.Manifest.FindAsync(item.Sha256, cancellationToken) ?? item;
        }

        long rows = 0;
        var toCurate = item;
        await StepAsync(
            item,
            runId,
            "curated",
            onStep,
            async () =>
            {
                rows = await curated.CurateAsync(toCurate, runId, cancellationToken);
                return StepOutcome.Advanced;
            },
            cancellationToken);
        return new FileOutcome(item.OriginalName, item.Sha256, "curated", Rows: rows);
    }

    private async Task<StepOutcome> StepAsync(LakeObject item, string runId, string step, Action<string> onStep, Func<Task<StepOutcome>> work, CancellationToken cancellationToken)
    {
        onStep(step);
        var started = lake.Clock.GetUtcNow();
        try
        {
            var outcome = await work();
            var name = outcome switch { StepOutcome.Advanced => "ok", StepOutcome.Unpacked => "unpacked", _ => "quarantined" };
            await lake.Manifest.RecordStepAsync(runId, item.Sha256, step, name, started, lake.Clock.GetUtcNow(), null, cancellationToken);
            return outcome;
        }
        catch (Exception ex) when (ex is not OperationCanceledException and not PipelineHaltException)
        {
            await lake.Manifest.RecordStepAsync(runId, item.Sha256, step, "failed", started, lake.Clock.GetUtcNow(), ex.Message, cancellationToken);
            throw;
        }
    }

    private async Task<FileOutcome> QuarantinedAsync(LakeObject item, CancellationToken cancellationToken)
    {
        var stored = await lake.Manifest.FindAsync(item.Sha256, cancellationToken) ?? item;
        return new FileOutcome(stored.OriginalName, stored.Sha256, "quarantined", stored.ReasonCode, stored.Reason);
    }
}
