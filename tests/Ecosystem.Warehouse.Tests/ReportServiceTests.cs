using Ecosystem.Warehouse.Exports;
using Ecosystem.Warehouse.Reports;
using Ecosystem.Warehouse.Tests.Fakes;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Ecosystem.Warehouse.Tests;

/// <summary>
/// The reports the dashboard pages draw and export, over the same hand-computed warehouse as <see cref="KpiServiceTests"/>
/// (today 2026-03-31; January's euros at the month's average rate 1.15; the 1 GBP line has no rate).
/// </summary>
public sealed class ReportServiceTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Now = new(2026, 3, 31, 12, 0, 0, TimeSpan.Zero);
    private SeededWarehouse _warehouse = null!;
    private ReportService _reports = null!;

    public async Task InitializeAsync()
    {
        _warehouse = await SeededWarehouse.CreateAsync();
        KpiServiceTests.Seed(_warehouse);
        _reports = new ReportService(_warehouse.Database, Options.Create(new WarehouseOptions()), new FakeTimeProvider(Now));
    }

    public Task DisposeAsync()
    {
        _warehouse.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Revenue_per_month_keeps_sources_apart_and_converts_with_the_labels_rates()
    {
        var report = await _reports.ReadAsync("revenue_by_month", new ExportFilter(), CancellationToken.None);

        Assert.Equal(Report.SeriesColumns, report.Columns);
        Assert.Equal(
            [
                ("2025-02-01", "bandcamp", 4.50m),
                ("2025-12-01", "distrokid", 20m),
                ("2026-01-01", "distrokid", 61.75m), // 40 + 16 + 5 EUR × 1.15; the 1 GBP has no rate and is left out
                ("2026-02-01", "bandcamp", 15.50m),
            ],
            report.Rows.Select(r => ((string)r[0]!, (string)r[1]!, (decimal)r[2]!)));
        Assert.Contains("left out", report.Note, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Filters_apply_to_the_period_and_the_source()
    {
        var report = await _reports.ReadAsync("revenue_by_month", new ExportFilter(From: "2025-06-01", To: "2026-01-31", Source: "distrokid"), CancellationToken.None);

        Assert.Equal(["2025-12-01", "2026-01-01"], report.Rows.Select(r => (string)r[0]!));
    }

    [Fact]
    public async Task The_catalog_shows_each_tracks_splits_in_force_and_its_revenue()
    {
        var report = await _reports.ReadAsync("catalog_tracks", new ExportFilter(), CancellationToken.None);

        var rows = report.Rows.ToDictionary(r => (string)r[0]!);
        // Song A: two holders, 80 % + 20 %; revenue in the 12 months to February 2026: 20 + 40 + 5.75.
        Assert.Equal([2L, 100m, 65.75m], rows["QZAAA2600001"][5..]);
        // Song B: no split on file (the rights rule raises it); 16 USD, its 1 GBP unconverted.
        Assert.Equal([0L, null, 16m], rows["QZAAA2600002"][5..]);
    }

    [Fact]
    public async Task Email_rates_are_over_delivered_emails_newest_first()
    {
        var report = await _reports.ReadAsync("email_campaigns", new ExportFilter(), CancellationToken.None);

        // c2: 500 / 2000 opens, 100 / 2000 clicks; c1: 490 / (1000 − 20), 98 / 980.
        Assert.Equal(
            [("2026-03-15", 2000L, 25m, 5m), ("2026-01-10", 980L, 50m, 10m)],
            report.Rows.Select(r => ((string)r[1]!, (long)r[6]!, (decimal)r[8]!, (decimal)r[10]!)));
    }

    [Fact]
    public async Task Every_report_reads_and_the_KPI_table_holds_all_28()
    {
        var all = await _reports.ReadManyAsync([.. ReportCatalog.All.Keys], new ExportFilter(), CancellationToken.None);
        var kpis = all.Single(r => r.Id == "kpis");

        Assert.All(all, r => Assert.All(r.Rows, row => Assert.Equal(r.Columns.Count, row.Length)));
        Assert.Equal(Enumerable.Range(1, 28).Select(n => (long)n), kpis.Rows.Where(r => r[3] is null).Select(r => (long)r[0]!));
        Assert.Empty(ReportCatalog.All.Keys.Intersect(ExportCatalog.Tables.Keys));
    }
}
