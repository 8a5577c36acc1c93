using System.Globalization;
using System.Text;
using Ecosystem.DataLake.Formats;
using Ecosystem.DataLake.Manifest;
using Ecosystem.DataLake.Quarantine;
using Ecosystem.DataLake.Storage;
using Ecosystem.DataLake.Zones;

namespace Ecosystem.DataLake.Pipeline;

/// <summary>
/// raw → staging: parses the raw bytes with the file's handler into typed rows in one Parquet object. Rows that
/// break the dataset contract are rejected with reasons; a file whose reject share passes the threshold is
/// quarantined whole. A UTF-8 file that turns out to hold invalid bytes is re-read as Windows-1252.
/// </summary>
public sealed class StagingPromoter(LakeContext lake, LakeWorkspace workspace, QuarantineWriter quarantine)
{
    public async Task<(StepOutcome Outcome, long Rows)> StageAsync(LakeObject item, string runId, CancellationToken cancellationToken)
    {
        var handler = lake.Sources.ByFormat(item.Format!);
        var context = new ParseContext(handler.Source, item.Sha256, runId, item.OriginalName) { LandedOn = item.IngestDate };
        var tempPath = workspace.StagingFile(item.Sha256);
        var encoding = item.Encoding!;
        StagingFileResult result;
        try
        {
            try
            {
                result = await WriteStagingAsync(handler, item, encoding, context, tempPath, cancellationToken);
            }
            catch (DecoderFallbackException) when (encoding is TextEncodings.Utf8)
            {
                Log.EncodingFallback(lake.Logger, item.OriginalName);
                encoding = TextEncodings.Windows1252;
                result = await WriteStagingAsync(handler, item, encoding, context, tempPath, cancellationToken);
            }
        }
        catch (Exception ex) when (ex is InvalidDataException or DecoderFallbackException or FormatException)
        {
            await QuarantineAsync(item, runId, QuarantineReasons.Unparseable, ex.Message, encoding, null, [], cancellationToken);
            return (StepOutcome.Quarantined, 0);
        }

        if (result.RejectShare > lake.Options.RejectThreshold)
        {
            var reason = string.Create(
                CultureInfo.InvariantCulture,
                $"{result.RejectedCount} of {result.Rows + result.RejectedCount} rows were rejected ({result.RejectShare * 100:F1}%), above the {lake.Options.RejectThreshold * 100:F1}% threshold");
            await QuarantineAsync(item, runId, QuarantineReasons.RejectThreshold, reason, encoding, result, result.Rejects, cancellationToken);
            return (StepOutcome.Quarantined, 0);
        }

        var stagingKey = ObjectKeys.Zoned(handler.Source, handler.Dataset, item.IngestDate, item.Sha256, item.OriginalName, ".parquet");
        var metadata = ObjectMetadataKeys.Create(await LakeWorkspace.HashFileAsync(tempPath, cancellationToken));
        metadata["source-sha256"] = item.Sha256;
        await using (var staged = File.OpenRead(tempPath))
        {
            await lake.Store.PutAsync(Zone.Staging, stagingKey, staged, metadata, cancellationToken);
        }

        lake.Probe.Reached(PipelineCheckpoint.StagedBeforeManifest);
        var edge = new LineageEdge(Zone.Raw, item.RawKey!, Zone.Staging, stagingKey, "staging", item.Sha256, result.Rows);
        await lake.Manifest.MarkStagedAsync(item.Sha256, stagingKey, encoding, result.Rows, result.RejectedCount, result.Rejects, edge, runId, lake.Clock.GetUtcNow(), cancellationToken);
        Log.Staged(lake.Logger, item.OriginalName, result.Rows, result.RejectedCount, result.RowGroupsByPartition.Count);
        return (StepOutcome.Advanced, result.Rows);
    }

    private async Task<StagingFileResult> WriteStagingAsync(ISourceHandler handler, LakeObject item, string encoding, ParseContext context, string tempPath, CancellationToken cancellationToken)
    {
        await using var raw = await lake.Store.OpenReadAsync(Zone.Raw, item.RawKey!, cancellationToken);
        await using var file = new FileStream(tempPath, FileMode.Create, FileAccess.ReadWrite, FileShare.None, LakeIo.BufferSize, FileOptions.Asynchronous);
        await using var output = new CheckpointStream(file, lake.Probe, PipelineCheckpoint.StagingParquetPartlyWritten, afterBytes: 4);
        var result = await handler.WriteStagingAsync(raw, encoding, context, output, cancellationToken);
        await file.FlushAsync(cancellationToken);
        return result;
    }

    private Task QuarantineAsync(LakeObject item, string runId, string code, string reason, string encoding, StagingFileResult? result, IReadOnlyList<RejectedRow> rejects, CancellationToken cancellationToken)
    {
        var note = new QuarantineNote
        {
            Sha256 = item.Sha256,
            OriginalName = item.OriginalName,
            ReasonCode = code,
            Reason = reason,
            RunId = runId,
            QuarantinedAtUtc = lake.Clock.GetUtcNow(),
            Source = item.Source,
            Format = item.Format,
            Encoding = encoding,
            HeaderFingerprint = item.HeaderFingerprint,
            Rows = result?.Rows,
            RejectedRows = result?.RejectedCount,
        };
        return quarantine.QuarantineAsync(item, Zone.Raw, item.RawKey!, note, rejects, cancellationToken);
    }
}
