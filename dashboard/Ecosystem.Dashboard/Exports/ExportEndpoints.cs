using System.Text;
using Ecosystem.Warehouse.Schema;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace Ecosystem.Dashboard.Exports;

/// <summary>
/// <c>GET /exports/{dataset}.csv?from=&amp;to=&amp;source=&amp;artist=</c>: a warehouse table streamed as CSV (UTF-8 with BOM,
/// RFC 4180, no row cap, rows flushed as they are read). With <c>ECO_API_KEY</c> set, the key must come in the
/// <c>X-Api-Key</c> header or the <c>api_key</c> query parameter.
/// </summary>
public static class ExportEndpoints
{
    private const int FlushEveryRows = 5_000;

    public static WebApplication MapExports(this WebApplication app)
    {
        app.MapGet("/exports/{dataset}.csv", ExportAsync);
        return app;
    }

    private static async Task ExportAsync(HttpContext http, string dataset, string? from, string? to, string? source, string? artist, WarehouseDatabase database, IOptions<DashboardOptions> options, CancellationToken cancellationToken)
    {
        if (!ApiKeys.Accepts(http, options.Value))
        {
            http.Response.StatusCode = StatusCodes.Status401Unauthorized;
            await http.Response.WriteAsync("An API key is required (X-Api-Key header or api_key parameter).", cancellationToken);
            return;
        }

        if (!ExportCatalog.Tables.TryGetValue(dataset, out var table))
        {
            http.Response.StatusCode = StatusCodes.Status404NotFound;
            await http.Response.WriteAsync($"No dataset '{dataset}'. Known: {string.Join(", ", ExportCatalog.Tables.Keys.Order(StringComparer.Ordinal))}.", cancellationToken);
            return;
        }

        await database.MigrateAsync(cancellationToken);
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        var where = new List<string>();
        AddFilter(command, where, table.DateColumn is not null && from is not null, $"{table.DateColumn} >= $from", "$from", from);
        AddFilter(command, where, table.DateColumn is not null && to is not null, $"{table.DateColumn} <= $to", "$to", to);
        AddFilter(command, where, table.HasSource && source is not null, "source = $source", "$source", source);
        AddFilter(command, where, table.ArtistFilter is not null && artist is not null, $"({table.ArtistFilter})", "$artist", artist);
        command.CommandText = $"SELECT * FROM {table.Name}{(where.Count == 0 ? string.Empty : " WHERE " + string.Join(" AND ", where))}";

        http.Response.ContentType = "text/csv; charset=utf-8";
        http.Response.Headers.ContentDisposition = $"attachment; filename=\"{table.Name}.csv\"";
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        await using var output = new StreamWriter(http.Response.Body, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), 1 << 16);
        var line = new StringBuilder();
        for (var i = 0; i < reader.FieldCount; i++)
        {
            CsvCells.Append(line.Append(i == 0 ? string.Empty : ","), reader.GetName(i));
        }

        await output.WriteAsync(line.Append("\r\n"), cancellationToken);
        var values = new object[reader.FieldCount];
        for (var rows = 1; await reader.ReadAsync(cancellationToken); rows++)
        {
            line.Clear();
            reader.GetValues(values);
            for (var i = 0; i < values.Length; i++)
            {
                CsvCells.Append(i == 0 ? line : line.Append(','), values[i]);
            }

            await output.WriteAsync(line.Append("\r\n"), cancellationToken);
            if (rows % FlushEveryRows == 0)
            {
                await output.FlushAsync(cancellationToken);
            }
        }
    }

    private static void AddFilter(SqliteCommand command, List<string> where, bool applies, string condition, string name, string? value)
    {
        if (applies)
        {
            where.Add(condition);
            command.Parameters.AddWithValue(name, value);
        }
    }
}
