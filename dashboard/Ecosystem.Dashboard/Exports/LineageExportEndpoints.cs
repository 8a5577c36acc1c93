using System.Globalization;
using Ecosystem.Dashboard.Live;
using Ecosystem.Warehouse.Exports;
using Ecosystem.Warehouse.Lineage;
using Ecosystem.Warehouse.Reports;

namespace Ecosystem.Dashboard.Exports;

/// <summary>
/// The lineage page's two tables as CSV, like every other table: <c>GET /exports/lineage/{kpi}/files.csv</c> (the
/// landed files behind the KPI, with the rows each gave and holds now) and <c>…/partitions.csv</c> (the curated
/// partitions loaded, with their SHA-256 and run). Mapped on the group that requires the API key.
/// </summary>
public static class LineageExportEndpoints
{
    public static RouteHandlerBuilder MapLineageExports(this IEndpointRouteBuilder app) =>
        app.MapGet("/exports/lineage/{kpi}/{table}.csv", async (HttpContext http, string kpi, string table, KpiFeed feed, LineageService lineage, CancellationToken cancellationToken) =>
        {
            var snapshot = feed.Current ?? await feed.RefreshAsync(cancellationToken);
            if (snapshot.Kpis.FirstOrDefault(k => k.Id == kpi) is not { } found || table is not ("files" or "partitions"))
            {
                return Results.Text($"No lineage table '{kpi}/{table}': the KPI ids are {string.Join(", ", snapshot.Kpis.Select(k => k.Id))}; the tables are files and partitions.", statusCode: StatusCodes.Status404NotFound);
            }

            var behind = await lineage.ForKpiAsync(found.Id, found.Sources, cancellationToken);
            var report = table == "files" ? Files(behind) : Partitions(behind);
            http.Response.ContentType = "text/csv; charset=utf-8";
            http.Response.Headers.ContentDisposition = $"attachment; filename=\"lineage-{kpi}-{table}.csv\"";
            await TableExporter.WriteReportCsvAsync(report, http.Response.Body, cancellationToken);
            return Results.Empty;
        });

    private static Report Files(KpiLineage lineage) => new(
        "lineage_files", $"Files behind {lineage.KpiId}", ReportKind.Table, "count",
        ["sha256", "original_name", "source", "dataset", "landed_at_utc", "raw_key", "rows_curated", "rows_in_warehouse", "partitions"],
        [.. lineage.Files.Select(f => new object?[]
        {
            f.Sha256, f.OriginalName, f.Source, f.Dataset, f.LandedAtUtc.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture), f.RawKey,
            f.RowsCurated, f.RowsNow, (long)f.Partitions,
        })],
        null);

    private static Report Partitions(KpiLineage lineage) => new(
        "lineage_partitions", $"Curated partitions behind {lineage.KpiId}", ReportKind.Table, "count",
        ["dataset", "source", "partition", "object_key", "sha256", "rows", "loaded_by_run"],
        [.. lineage.Partitions.Select(p => new object?[] { p.Dataset, p.Source, p.Partition, p.ObjectKey, p.Sha256, p.Rows, p.LoadedByRun })],
        null);
}
