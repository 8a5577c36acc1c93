using Ecosystem.DataLake.Manifest;
using Ecosystem.DataLake.Zones;
using Ecosystem.Warehouse.Schema;

namespace Ecosystem.Warehouse.Lineage;

/// <summary>
/// Follows a KPI back to its files: the warehouse's <c>loaded_partition</c> rows for the KPI's datasets and sources, then
/// the manifest's staging → curated lineage edges into those partitions, then the landed objects those edges came from.
/// </summary>
public sealed class LineageService(WarehouseDatabase database, LakeManifest manifest)
{
    public async Task<KpiLineage> ForKpiAsync(string kpiId, IReadOnlyList<string> sources, CancellationToken cancellationToken)
    {
        var datasets = KpiDatasets.Of(kpiId);
        await database.MigrateAsync(cancellationToken);
        await manifest.MigrateAsync(cancellationToken);
        List<LineagePartition> partitions;
        var rowsNow = new Dictionary<string, long>(StringComparer.Ordinal);
        await using (var connection = await database.OpenAsync(cancellationToken))
        {
            partitions = SqlQuery.List(connection, """
                SELECT p.dataset, p.source, p.partition, p.object_key, p.sha256, p.row_count, r.run_id
                FROM loaded_partition p JOIN etl_run r ON r.id = p.etl_run_id ORDER BY p.dataset, p.source, p.partition
                """, r => new LineagePartition(r.GetString(0), r.GetString(1), r.GetString(2), r.GetString(3), r.GetString(4), r.GetInt64(5), r.GetString(6)))
                .Where(p => (datasets is null || datasets.Contains(p.Dataset)) && (sources.Count == 0 || sources.Contains(p.Source) || p.Dataset is "fx_rate" or "rights_split" or "catalog_entry"))
                .ToList();
            foreach (var group in partitions.GroupBy(p => p.Dataset))
            {
                // Every fact row names its landed file: count what each file holds now (one scan of the KPI's sources).
                var groupSources = group.Select(p => p.Source).Distinct().ToList();
                var names = string.Join(", ", groupSources.Select((_, i) => "$s" + i.ToString(System.Globalization.CultureInfo.InvariantCulture)));
                foreach (var (sha, rows) in SqlQuery.List(connection, $"""
                    SELECT f.sha256, n FROM (SELECT source_file_id, COUNT(*) AS n FROM "{group.Key}" WHERE source IN ({names}) GROUP BY source_file_id) c
                    JOIN source_file f ON f.id = c.source_file_id
                    """, r => (r.GetString(0), r.GetInt64(1)), [.. groupSources.Select((s, i) => ("$s" + i.ToString(System.Globalization.CultureInfo.InvariantCulture), (object?)s))]))
                {
                    rowsNow[sha] = rows;
                }
            }
        }

        var keys = partitions.Select(p => p.ObjectKey).ToHashSet(StringComparer.Ordinal);
        var edges = (await manifest.LineageAsync(cancellationToken)).Where(e => e.ToZone == Zone.Curated && keys.Contains(e.ToKey)).ToList();
        var objects = (await manifest.AllObjectsAsync(cancellationToken)).ToDictionary(o => o.Sha256, StringComparer.Ordinal);
        var files = edges.GroupBy(e => e.Sha256)
            .Select(g => objects.TryGetValue(g.Key, out var o)
                ? new LineageFile(o.Sha256, o.OriginalName, o.LandedAtUtc, o.Source ?? o.SourceHint, o.Dataset ?? string.Empty, o.RawKey, g.Sum(e => e.RowCount ?? 0), rowsNow.GetValueOrDefault(g.Key), g.Count())
                : new LineageFile(g.Key, "(not in the manifest)", DateTimeOffset.MinValue, string.Empty, string.Empty, null, g.Sum(e => e.RowCount ?? 0), rowsNow.GetValueOrDefault(g.Key), g.Count()))
            .OrderByDescending(f => f.LandedAtUtc).ThenBy(f => f.OriginalName, StringComparer.Ordinal)
            .ToList();
        return new KpiLineage(kpiId, datasets ?? [.. partitions.Select(p => p.Dataset).Distinct().Order(StringComparer.Ordinal)], sources, partitions, files);
    }
}
