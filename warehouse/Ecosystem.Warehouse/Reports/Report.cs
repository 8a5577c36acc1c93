namespace Ecosystem.Warehouse.Reports;

/// <summary>How a report is drawn: a table, or a chart whose rows are <c>(period, series, value)</c>.</summary>
public enum ReportKind
{
    Table,
    Line,
    Bar,
}

/// <summary>
/// A table a dashboard page shows and its download button serves as <c>/exports/{id}.csv</c>: named columns and rows of
/// plain values (text, integers, decimals, null). A chart report has the columns <c>period, series, value</c>, one row
/// per point, so the CSV a user downloads is exactly the data drawn.
/// </summary>
public sealed record Report(string Id, string Title, ReportKind Kind, string Unit, IReadOnlyList<string> Columns, IReadOnlyList<object?[]> Rows, string? Note)
{
    public static readonly IReadOnlyList<string> SeriesColumns = ["period", "series", "value"];

    public bool IsChart => Kind != ReportKind.Table;
}

/// <summary>One report of the catalogue: its id, title, kind, unit, the page it belongs to and how its rows are read.</summary>
public sealed record ReportDefinition(string Id, string Title, ReportKind Kind, string Unit, string Page, IReadOnlyList<string> Columns, Func<ReportContext, IEnumerable<object?[]>> Rows, string? Note = null)
{
    public static ReportDefinition Series(string id, string title, ReportKind kind, string unit, string page, Func<ReportContext, IEnumerable<object?[]>> rows, string? note = null) =>
        new(id, title, kind, unit, page, Report.SeriesColumns, rows, note);
}
