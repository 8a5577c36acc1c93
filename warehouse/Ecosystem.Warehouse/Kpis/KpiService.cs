using Ecosystem.Warehouse.Schema;
using Microsoft.Extensions.Options;

namespace Ecosystem.Warehouse.Kpis;

/// <summary>
/// Computes the whole KPI catalogue (ARCHITECTURE §6, 28 KPIs) from the warehouse in one read. Ratios are ratios of
/// sums; overlapping sources are never added (see <see cref="StreamSeries"/>); money is in US dollars through the
/// label's fx sheet only.
/// </summary>
public sealed class KpiService(WarehouseDatabase database, IOptions<WarehouseOptions> options, TimeProvider clock)
{
    public async Task<KpiSnapshot> SnapshotAsync(CancellationToken cancellationToken)
    {
        await database.MigrateAsync(cancellationToken);
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken); // one consistent read
        var now = clock.GetUtcNow();
        var context = KpiContext.Read(connection, DateOnly.FromDateTime(now.UtcDateTime), options.Value);
        var kpis = Compute(context);
        var runId = SqlQuery.List(connection, "SELECT run_id FROM etl_run ORDER BY id DESC LIMIT 1", r => r.GetString(0)).FirstOrDefault();
        return new KpiSnapshot(runId, now, kpis);
    }

    /// <summary>Every KPI of the catalogue from one read of the warehouse, in catalogue order.</summary>
    public static List<Kpi> Compute(KpiContext context) =>
        StreamKpis.Compute(context)
            .Concat(RevenueKpis.Compute(context))
            .Concat(MarketingKpis.Compute(context))
            .Concat(SocialKpis.Compute(context))
            .Concat(OperationsKpis.Compute(context))
            .OrderBy(k => k.Number)
            .ToList();
}
