using System.Text.Json;
using Ecosystem.DataLake.Manifest;
using Ecosystem.DataLake.Pipeline;
using Ecosystem.DataLake.Storage;
using Ecosystem.DataLake.Zones;

namespace Ecosystem.DataLake.Quarantine;

/// <summary>Copies a file that failed a gate into quarantine with a <c>.reason.json</c> beside it, then records it.</summary>
public sealed class QuarantineWriter(LakeContext lake)
{
    private const int RejectsInNote = 50;
    private static readonly JsonSerializerOptions NoteJson = new() { WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    public async Task QuarantineAsync(LakeObject item, Zone fromZone, string fromKey, QuarantineNote note, IReadOnlyList<RejectedRow> rejects, CancellationToken cancellationToken)
    {
        var key = ObjectKeys.Zoned(item.Source ?? note.Source ?? ObjectKeys.UnknownSource, item.Dataset ?? ObjectKeys.UnknownSource, item.IngestDate, item.Sha256, item.OriginalName);
        note = note with { FirstRejects = rejects.Take(RejectsInNote).Select(r => new QuarantinedRow(r.LineNo, r.Reason, r.RawLine)).ToList() };
        await lake.Store.CopyAsync(fromZone, fromKey, Zone.Quarantine, key, ObjectMetadataKeys.Create(item.Sha256), cancellationToken);
        await using (var json = new MemoryStream())
        {
            await JsonSerializer.SerializeAsync(json, note, NoteJson, cancellationToken);
            json.Position = 0;
            await lake.Store.PutAsync(Zone.Quarantine, ObjectKeys.ReasonFor(key), json, ObjectMetadataKeys.Create(item.Sha256), cancellationToken);
        }

        var record = new QuarantineRecord(
            key,
            note.ReasonCode,
            note.Reason,
            new LineageEdge(fromZone, fromKey, Zone.Quarantine, key, "quarantine", item.Sha256, note.Rows),
            rejects,
            note.Source,
            item.Dataset,
            note.Format,
            note.Encoding,
            note.HeaderFingerprint,
            note.Rows,
            note.RejectedRows);
        await lake.Manifest.MarkQuarantinedAsync(item.Sha256, record, note.RunId, lake.Clock.GetUtcNow(), cancellationToken);
        Log.Quarantined(lake.Logger, item.OriginalName, note.ReasonCode, note.Reason);
    }
}
