using Ecosystem.Warehouse.Loading;
using Ecosystem.Warehouse.Schema;
using static Ecosystem.Warehouse.Kpis.KpiUnits;

namespace Ecosystem.Warehouse.Kpis;

/// <summary>KPIs 27 (freshness per source from the data's own dates, pipeline health) and 28 (rights problems).</summary>
internal static class OperationsKpis
{
    public static IEnumerable<Kpi> Compute(KpiContext c)
    {
        var freshness = Freshness.Read(c.Connection, c.Today);
        var lastRun = SqlQuery.List(c.Connection, "SELECT status FROM etl_run ORDER BY id DESC LIMIT 1", r => r.GetString(0)).FirstOrDefault();
        var errors = SqlQuery.List(c.Connection, "SELECT COUNT(*) FROM quality_issue WHERE severity = 'error'", r => r.GetInt64(0)).Single();
        var items = freshness.Select(f => new KpiItem(f.Source, c.Today.DayNumber - f.Latest.DayNumber, Days)).ToList();
        items.Add(new KpiItem("last load ok", lastRun is null ? null : lastRun == "ok" ? 1 : 0, Count));
        items.Add(new KpiItem("open data-quality errors", errors, Count));
        yield return Kpi.Of(27, "data_freshness", "Data freshness: days since the stalest source's latest data",
            freshness.Count == 0 ? null : freshness.Max(f => c.Today.DayNumber - f.Latest.DayNumber), Days, c.Today, null, freshness.Select(f => f.Source), items);

        var rules = SqlQuery.List(c.Connection, "SELECT rule, COUNT(*) FROM quality_issue WHERE rule IN ('track_without_split','split_sum','split_expired','split_overlap') GROUP BY rule",
            r => (r.GetString(0), r.GetInt64(1))).ToDictionary(p => p.Item1, p => p.Item2);
        var sheet = SqlQuery.List(c.Connection, "SELECT MAX(as_of) FROM rights_split", r => r.NullableString(0)).Single();
        yield return Kpi.Of(28, "rights_gaps", "Tracks earning with no rights split on file", rules.GetValueOrDefault("track_without_split"), Count,
            sheet is null ? null : SqlValues.ParseDate(sheet), null, ["catalog_sheet"],
            [
                new KpiItem("splits not summing to 100 %", rules.GetValueOrDefault("split_sum"), Count),
                new KpiItem("splits expired", rules.GetValueOrDefault("split_expired"), Count),
                new KpiItem("splits overlapping", rules.GetValueOrDefault("split_overlap"), Count),
            ], sheet is null ? "no catalog-and-rights sheet loaded yet" : null);
    }
}
