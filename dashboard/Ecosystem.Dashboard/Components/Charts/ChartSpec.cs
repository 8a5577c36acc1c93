using System.Globalization;
using Ecosystem.Warehouse.Reports;

namespace Ecosystem.Dashboard.Components.Charts;

/// <summary>
/// What the JS side of <see cref="ApexChart"/> draws, built from a chart report's <c>(period, series, value)</c> rows:
/// the sorted periods as categories and one series per name, a null where a series has no value for a period.
/// </summary>
public sealed record ChartSpec(string Kind, bool Datetime, IReadOnlyList<string> Categories, IReadOnlyList<ChartSeries> Series)
{
    public int Points => Series.Sum(s => s.Data.Count(v => v is not null));

    public static ChartSpec From(Report report)
    {
        var categories = report.Rows.Select(r => (string)r[0]!).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var index = categories.Select((c, i) => (c, i)).ToDictionary(x => x.c, x => x.i, StringComparer.Ordinal);
        var series = report.Rows.GroupBy(r => (string)r[1]!, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g =>
        {
            var data = new double?[categories.Count];
            foreach (var row in g)
            {
                data[index[(string)row[0]!]] = (data[index[(string)row[0]!]] ?? 0) + Convert.ToDouble(row[2], CultureInfo.InvariantCulture);
            }

            return new ChartSeries(g.Key, data);
        }).ToList();
        var datetime = categories.All(c => DateOnly.TryParseExact(c, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _));
        return new ChartSpec(report.Kind == ReportKind.Bar ? "bar" : "line", datetime && categories.Count > 0, categories, series);
    }
}

public sealed record ChartSeries(string Name, IReadOnlyList<double?> Data);
