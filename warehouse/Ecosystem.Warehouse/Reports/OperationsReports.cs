using Ecosystem.Warehouse.Kpis;
using Ecosystem.Warehouse.Schema;
using static Ecosystem.Warehouse.Reports.ReportKind;

namespace Ecosystem.Warehouse.Reports;

/// <summary>The Pipeline page's warehouse side: the loads and how fresh each source's data is (by its own dates).</summary>
internal static class OperationsReports
{
    public const string Page = "pipeline";

    public static IEnumerable<ReportDefinition> Definitions { get; } =
    [
        new ReportDefinition("kpis", "Every KPI with its breakdown", Table, KpiUnits.Count, "overview",
            ["number", "id", "label", "item", "value", "unit", "as_of", "previous", "delta", "delta_pct", "sources", "note"], KpiRows,
            "one row per KPI, then one per line of its breakdown (item names the line)"),
        new ReportDefinition("freshness", "Freshness per source (from the data's own dates)", Table, KpiUnits.Days, Page, ["source", "table", "latest", "days_old"], c =>
            Freshness.Read(c.Kpis.Connection, c.Kpis.Today).Select(f => new object?[] { f.Source, f.Table, ReportContext.Date(f.Latest), (long)(c.Kpis.Today.DayNumber - f.Latest.DayNumber) })),
        new ReportDefinition("warehouse_loads", "Warehouse loads (latest 50)", Table, KpiUnits.Count, Page,
            ["run_id", "started_at_utc", "finished_at_utc", "status", "files_loaded", "rows_written", "rows_deleted", "detail"], c =>
            SqlQuery.List(c.Kpis.Connection, """
                SELECT run_id, started_at_utc, finished_at_utc, status, files_loaded, rows_written, rows_deleted, detail FROM etl_run ORDER BY id DESC LIMIT 50
                """, r => new object?[] { r.GetString(0), r.GetString(1), r.GetString(2), r.GetString(3), r.GetInt64(4), r.GetInt64(5), r.GetInt64(6), r.NullableString(7) })),
    ];

    private static IEnumerable<object?[]> KpiRows(ReportContext c)
    {
        foreach (var k in KpiService.Compute(c.Kpis))
        {
            var asOf = k.AsOf is { } d ? ReportContext.Date(d) : null;
            var sources = string.Join(";", k.Sources);
            yield return [(long)k.Number, k.Id, k.Label, null, k.Value, k.Unit, asOf, k.Previous, k.Delta, k.DeltaPct, sources, k.Note];
            foreach (var item in k.Items)
            {
                yield return [(long)k.Number, k.Id, k.Label, item.Label, item.Value, item.Unit, asOf, null, null, null, sources, null];
            }
        }
    }
}
