using System.Text.Json;
using Ecosystem.DataLake.Zones;

namespace Ecosystem.DataLake.Tests.Fakes;

/// <summary>
/// Everything a lake holds that must not depend on whether a run was interrupted: manifest objects, curated
/// partitions, lineage, every curated row, and every object key per zone. Run ids and timestamps are left out.
/// </summary>
internal static class LakeSnapshot
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    public static async Task<string> TakeAsync(TestLake lake)
    {
        var objects = (await lake.Manifest.AllObjectsAsync(default)).Select(o => new
        {
            o.Sha256, o.OriginalName, o.Bytes, o.Status, o.Source, o.Dataset, o.Format, o.Encoding, o.HeaderFingerprint,
            o.LandingKey, o.RawKey, o.StagingKey, o.QuarantineKey, o.ReasonCode, o.RowCount, o.RejectedCount,
        });
        var partitions = (await lake.Manifest.CuratedPartitionsAsync(default)).Select(p => new { p.Dataset, p.Source, Partition = p.Partition.Path, p.ObjectKey, p.RowCount });
        var lineage = (await lake.Manifest.LineageAsync(default)).Select(e => new { e.FromZone, e.FromKey, e.ToZone, e.ToKey, e.Step, e.Sha256, e.RowCount })
            .OrderBy(e => e.ToKey, StringComparer.Ordinal).ThenBy(e => e.FromKey, StringComparer.Ordinal);
        var rows = (await lake.CuratedRoyaltyLinesAsync())
            .Select(r => $"{r.Source}|{r.ReportingDate}|{r.SaleMonth}|{r.Store}|{r.Artist}|{r.Title}|{r.Isrc}|{r.Upc}|{r.ProductKind}|{r.Country}|{r.Quantity}|{r.UnitKind}|{r.Amount}|{r.Currency}|{r.TeamPct}|{r.LineNo}|{r.Occurrence}|{r.SourceSha256}")
            .Order(StringComparer.Ordinal);
        var zones = new Dictionary<string, List<string>>();
        foreach (var zone in new[] { Zone.Landing, Zone.Raw, Zone.Staging, Zone.Curated, Zone.Quarantine })
        {
            zones[zone.FolderName()] = await lake.KeysAsync(zone);
        }

        // Archived versions are keyed by their own SHA-256, which covers the run id inside: compare where they sit.
        zones["archive"] = (await lake.KeysAsync(Zone.Archive)).Select(key => key[..key.LastIndexOf("/sha256=", StringComparison.Ordinal)]).ToList();
        return JsonSerializer.Serialize(new { objects, partitions, lineage, rows, zones }, Indented);
    }
}
