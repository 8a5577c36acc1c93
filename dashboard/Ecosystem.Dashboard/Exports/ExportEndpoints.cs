using Ecosystem.Dashboard.Pipeline;
using Ecosystem.Warehouse.Exports;
using Ecosystem.Warehouse.Schema;

namespace Ecosystem.Dashboard.Exports;

/// <summary>
/// <c>GET /exports/{dataset}.csv</c> and <c>.parquet</c> with <c>from</c>, <c>to</c>, <c>source</c>, <c>artist</c> and
/// <c>file</c> (a landed file's SHA-256):
/// a warehouse table, report or lake table streamed (<see cref="TableExporter"/>), no row cap. Mapped on the group
/// that requires the API key (<see cref="ApiKeys.RequireApiKey"/>).
/// </summary>
public static class ExportEndpoints
{
    public static IEndpointRouteBuilder MapExports(this IEndpointRouteBuilder app)
    {
        app.MapGet("/exports/{dataset}.csv", (HttpContext http, string dataset, string? from, string? to, string? source, string? artist, string? file, TableExporter exporter, LakeReports lake, WarehouseDatabase database, CancellationToken cancellationToken) =>
            ExportAsync(http, dataset, new ExportFilter(from, to, source, artist, file), "csv", "text/csv; charset=utf-8",
                (d, f, s, ct) => LakeReports.IsKnown(d) ? WriteLakeAsync(lake, d, TableExporter.WriteReportCsvAsync, s, ct) : exporter.WriteCsvAsync(d, f, s, ct), database, cancellationToken));
        app.MapGet("/exports/{dataset}.parquet", (HttpContext http, string dataset, string? from, string? to, string? source, string? artist, string? file, TableExporter exporter, LakeReports lake, WarehouseDatabase database, CancellationToken cancellationToken) =>
            ExportAsync(http, dataset, new ExportFilter(from, to, source, artist, file), "parquet", "application/vnd.apache.parquet",
                (d, f, s, ct) => LakeReports.IsKnown(d) ? WriteLakeAsync(lake, d, TableExporter.WriteReportParquetAsync, s, ct) : exporter.WriteParquetAsync(d, f, s, ct), database, cancellationToken));
        return app;
    }

    private static async Task ExportAsync(
        HttpContext http, string dataset, ExportFilter filter, string extension, string contentType,
        Func<string, ExportFilter, Stream, CancellationToken, Task<long>> write, WarehouseDatabase database, CancellationToken cancellationToken)
    {
        if (!TableExporter.IsKnown(dataset) && !LakeReports.IsKnown(dataset))
        {
            http.Response.StatusCode = StatusCodes.Status404NotFound;
            await http.Response.WriteAsync($"No dataset '{dataset}'. Known: {TableExporter.KnownList}, {string.Join(", ", LakeReports.Ids)}.", cancellationToken);
            return;
        }

        await database.MigrateAsync(cancellationToken);
        http.Response.ContentType = contentType;
        http.Response.Headers.ContentDisposition = $"attachment; filename=\"{dataset}.{extension}\"";
        if (extension == "parquet")
        {
            // Parquet.Net seeks back to write the footer; buffer on disk, not in memory, then stream out.
            var temp = Path.GetTempFileName();
            try
            {
                await using (var file = new FileStream(temp, FileMode.Create, FileAccess.ReadWrite, FileShare.None, 1 << 16, FileOptions.Asynchronous))
                {
                    await write(dataset, filter, file, cancellationToken);
                    file.Position = 0;
                    http.Response.ContentLength = file.Length;
                    await file.CopyToAsync(http.Response.Body, cancellationToken);
                }
            }
            finally
            {
                File.Delete(temp);
            }

            return;
        }

        await write(dataset, filter, http.Response.Body, cancellationToken);
    }

    private static async Task<long> WriteLakeAsync(LakeReports lake, string id, Func<Ecosystem.Warehouse.Reports.Report, Stream, CancellationToken, Task<long>> write, Stream output, CancellationToken cancellationToken) =>
        await write(await lake.ReadAsync(id, cancellationToken), output, cancellationToken);
}
