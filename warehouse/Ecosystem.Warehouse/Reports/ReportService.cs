using Ecosystem.Warehouse.Exports;
using Ecosystem.Warehouse.Kpis;
using Ecosystem.Warehouse.Schema;
using Microsoft.Extensions.Options;

namespace Ecosystem.Warehouse.Reports;

/// <summary>
/// Reads reports in one consistent read of the warehouse. The export filters apply where a report has the column:
/// <c>from</c>/<c>to</c> to its first column when that is a date or period, <c>source</c> to a <c>source</c> column;
/// <c>artist</c> to an <c>artist</c> column.
/// </summary>
public sealed class ReportService(WarehouseDatabase database, IOptions<WarehouseOptions> options, TimeProvider clock)
{
    private static readonly string[] DateColumns = ["period", "date", "send_date", "sale_month"];

    public static bool IsKnown(string id) => ReportCatalog.All.ContainsKey(id);

    public async Task<Report> ReadAsync(string id, ExportFilter filter, CancellationToken cancellationToken) =>
        (await ReadManyAsync([id], filter, cancellationToken))[0];

    public async Task<IReadOnlyList<Report>> ReadManyAsync(IReadOnlyList<string> ids, ExportFilter filter, CancellationToken cancellationToken)
    {
        var definitions = ids.Select(id => ReportCatalog.All.TryGetValue(id, out var d) ? d : throw new ArgumentException($"No report '{id}'.", nameof(ids))).ToList();
        await database.MigrateAsync(cancellationToken);
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var context = new ReportContext(KpiContext.Read(connection, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime), options.Value));
        var reports = new List<Report>(definitions.Count);
        foreach (var definition in definitions)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var rows = Filter(definition, definition.Rows(context), filter).ToList();
            reports.Add(new Report(definition.Id, definition.Title, definition.Kind, definition.Unit, definition.Columns, rows, definition.Note));
        }

        return reports;
    }

    private static IEnumerable<object?[]> Filter(ReportDefinition definition, IEnumerable<object?[]> rows, ExportFilter filter)
    {
        var date = DateColumns.Contains(definition.Columns[0]) ? 0 : -1;
        var source = IndexOf(definition, "source");
        var artist = IndexOf(definition, "artist");
        return rows.Where(row =>
            (date < 0 || filter.From is null || string.CompareOrdinal(row[date] as string, filter.From) >= 0)
            && (date < 0 || filter.To is null || string.CompareOrdinal(row[date] as string, filter.To) <= 0)
            && (source < 0 || filter.Source is null || Equals(row[source], filter.Source))
            && (artist < 0 || filter.Artist is null || Equals(row[artist], filter.Artist)));
    }

    private static int IndexOf(ReportDefinition definition, string column)
    {
        for (var i = 0; i < definition.Columns.Count; i++)
        {
            if (definition.Columns[i] == column)
            {
                return i;
            }
        }

        return -1;
    }
}
