using Ecosystem.DataLake.Containers;
using Ecosystem.DataLake.Formats;
using Ecosystem.DataLake.Formats.Json;
using Ecosystem.DataLake.Manifest;
using Ecosystem.DataLake.Quarantine;
using Ecosystem.DataLake.Storage;
using Ecosystem.DataLake.Zones;

namespace Ecosystem.DataLake.Pipeline;

/// <summary>
/// landing → raw: reads the head of the file, sniffs its encoding and detects its format by content. A known
/// format is copied byte for byte into raw (server-side on S3; an existing identical raw object is never rewritten);
/// an empty, unreadable or unknown file goes to quarantine with the reason and its header fingerprint. A ZIP is a
/// container: <see cref="ContainerUnpacker"/> lands its entries as files of their own.
/// </summary>
public sealed class RawPromoter(LakeContext lake, QuarantineWriter quarantine, ContainerUnpacker containers)
{
    public async Task<StepOutcome> PromoteAsync(LakeObject item, string runId, CancellationToken cancellationToken)
    {
        var head = await lake.Store.ReadHeadAsync(Zone.Landing, item.LandingKey, HeaderSample.SampleBytes + 1, cancellationToken);
        var sample = HeaderSample.FromBytes(head.AsMemory(0, Math.Min(head.Length, HeaderSample.SampleBytes)), head.Length <= HeaderSample.SampleBytes);
        if (item.Bytes == 0 || sample.IsEmpty)
        {
            return await QuarantineAsync(item, runId, QuarantineReasons.EmptyFile, "the file is empty", sample, null, cancellationToken);
        }

        if (ZipContainer.IsZip(head))
        {
            var problem = await containers.UnpackAsync(item, runId, cancellationToken);
            return problem is null
                ? StepOutcome.Unpacked
                : await QuarantineAsync(item, runId, QuarantineReasons.UnreadableContainer, problem, sample, null, cancellationToken);
        }

        if (!sample.IsReadableText)
        {
            return await QuarantineAsync(item, runId, QuarantineReasons.UnreadableEncoding, "the bytes are not text in UTF-8, UTF-16 or Windows-1252 (binary content or NUL bytes)", sample, null, cancellationToken);
        }

        var detection = lake.Sources.Detect(sample);
        if (detection.Handler is not { } handler)
        {
            return await QuarantineAsync(item, runId, detection.ReasonCode!, detection.Reason!, sample, detection.NearMiss, cancellationToken);
        }

        var rawKey = ObjectKeys.Zoned(handler.Source, handler.Dataset, item.IngestDate, item.Sha256, item.OriginalName);
        var existing = await lake.Store.StatAsync(Zone.Raw, rawKey, cancellationToken);
        if (existing?.Sha256 != item.Sha256)
        {
            var metadata = ObjectMetadataKeys.Create(item.Sha256);
            metadata[ObjectMetadataKeys.Source] = handler.Source;
            await lake.Store.CopyAsync(Zone.Landing, item.LandingKey, Zone.Raw, rawKey, metadata, cancellationToken);
        }

        lake.Probe.Reached(PipelineCheckpoint.RawCopiedBeforeManifest);
        var (_, cells) = Header(sample);
        var format = new DetectedFormatRecord(handler.Source, handler.Dataset, handler.Format, sample.Encoding!, HeaderSample.Fingerprint(cells));
        var edge = new LineageEdge(Zone.Landing, item.LandingKey, Zone.Raw, rawKey, "raw", item.Sha256, null);
        await lake.Manifest.MarkRawAsync(item.Sha256, format, rawKey, edge, runId, lake.Clock.GetUtcNow(), cancellationToken);
        Log.Detected(lake.Logger, item.OriginalName, handler.Format, detection.Layout, sample.Encoding!);
        return StepOutcome.Advanced;
    }

    private async Task<StepOutcome> QuarantineAsync(LakeObject item, string runId, string code, string reason, HeaderSample sample, ISourceHandler? nearMiss, CancellationToken cancellationToken)
    {
        var (delimiter, cells) = Header(sample);
        var note = new QuarantineNote
        {
            Sha256 = item.Sha256,
            OriginalName = item.OriginalName,
            ReasonCode = code,
            Reason = cells.Count > 0 && code is QuarantineReasons.UnknownFormat or QuarantineReasons.UnknownHeaderVariant
                ? $"{reason}; header: {string.Join(" | ", cells)}"
                : reason,
            RunId = runId,
            QuarantinedAtUtc = lake.Clock.GetUtcNow(),
            Source = nearMiss?.Source,
            Format = nearMiss?.Format,
            Encoding = sample.Encoding,
            Delimiter = cells.Count > 0 ? delimiter.ToString() : null,
            Header = cells.Count > 0 ? cells : null,
            HeaderFingerprint = cells.Count > 0 ? HeaderSample.Fingerprint(cells) : null,
        };
        await quarantine.QuarantineAsync(item, Zone.Landing, item.LandingKey, note, [], cancellationToken);
        return StepOutcome.Quarantined;
    }

    /// <summary>What a file's "header" is for fingerprints and quarantine reasons: a JSON document's property paths, else its first line's cells.</summary>
    private static (char Delimiter, IReadOnlyList<string> Cells) Header(HeaderSample sample)
    {
        if (JsonShape.TryRead(sample, out var shape))
        {
            return (',', shape.Paths);
        }

        var first = sample.IsReadableText ? sample.FirstContentLineIndex() : -1;
        return first < 0 ? (',', []) : HeaderSample.SplitHeader(sample.Lines[first]);
    }
}
