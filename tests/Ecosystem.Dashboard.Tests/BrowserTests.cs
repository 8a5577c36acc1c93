using System.Text;
using Ecosystem.Dashboard.Live;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Ecosystem.Dashboard.Tests;

/// <summary>
/// Debian's Chromium driven by Playwright against the running dashboard, filled with the demo label. Screenshots go to
/// <c>ECO_TEST_ARTIFACTS</c> (run-all.sh points it at artifacts/test-results), else next to the test assembly.
/// </summary>
public sealed class BrowserTests
{
    private const string Chromium = "/usr/bin/chromium";

    [Fact]
    public async Task The_overview_shows_28_live_tiles_an_upload_moves_revenue_without_a_reload_and_a_phone_never_scrolls_sideways()
    {
        Assert.True(File.Exists(Chromium), $"{Chromium} is missing: tests/run-all.sh installs it (apt-get install chromium).");
        // A fresh data folder: the dashboard opens the demo workspace and fills it by itself.
        await using var dashboard = await RunningDashboard.StartAsync(new() { ["DASHBOARD_DEMO"] = "auto" });
        var lastReported = await WaitForTheDemoLabelAsync(dashboard);

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = Chromium,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });

        var page = await browser.NewPageAsync(new() { ViewportSize = new() { Width = 1280, Height = 900 } });
        await page.GotoAsync(dashboard.BaseAddress.ToString());
        await page.Locator(".kpi-tile").Nth(27).WaitForAsync();
        Assert.True(await page.Locator(".kpi-tile").CountAsync() >= 28);
        var values = await page.Locator(".kpi-tile .kpi-value").AllInnerTextsAsync();
        Assert.All(values, value => Assert.NotEqual("—", value));
        await Assertions.Expect(page.Locator(".demo-banner")).ToContainTextAsync("Demo workspace");
        await page.ScreenshotAsync(new() { Path = Screenshot("overview-desktop.png"), FullPage = true });

        // Wait for the circuit, mark the window, upload a statement for a later month through the page's own control.
        await page.WaitForFunctionAsync("() => window.Blazor !== undefined");
        await page.EvaluateAsync("() => window.__sameDocument = 'yes'");
        var revenue = page.Locator("[data-kpi=revenue_last_month] .kpi-value");
        var before = await revenue.InnerTextAsync();
        var trend = page.Locator(".chart[data-report=revenue_by_month]");
        await trend.Locator(".apexcharts-canvas").WaitForAsync();
        var pointsBefore = await trend.GetAttributeAsync("data-points");
        await trend.EvaluateAsync("element => element._ecoChart.__marked = 'same chart'");
        var nextMonth = lastReported.AddMonths(1);
        await WaitUntilLiveAsync(page, "input[type=file]");
        await page.Locator("input[type=file]").SetInputFilesAsync(new FilePayload
        {
            Name = "distrokid-next-month.tsv",
            MimeType = "text/tab-separated-values",
            Buffer = Encoding.UTF8.GetBytes(
                "Reporting Date\tSale Month\tStore\tArtist\tTitle\tISRC\tUPC\tQuantity\tTeam Percentage\tSong/Album\tCountry of Sale\tSongwriter Royalties Withheld\tEarnings (USD)\n" +
                $"{nextMonth.AddMonths(1):yyyy-MM-dd}\t{nextMonth:yyyy-MM}\tSpotify\tNova Reyes\tGlass Harbor\tQZHL22400001\t0196000000001\t250000\t100\tSong\tUS\t0\t987.65\n"),
        });
        await Assertions.Expect(page.Locator(".upload-results")).ToContainTextAsync("distrokid-next-month.tsv: landed", new() { Timeout = 15_000 });
        await Assertions.Expect(revenue).Not.ToHaveTextAsync(before, new() { Timeout = 20_000 });
        Assert.Equal("$987.65", await revenue.InnerTextAsync());
        // The trend chart gained the new month in place: the same ApexCharts instance, one point more.
        await Assertions.Expect(trend).Not.ToHaveAttributeAsync("data-points", pointsBefore!, new() { Timeout = 10_000 });
        Assert.Equal(int.Parse(pointsBefore!, System.Globalization.CultureInfo.InvariantCulture) + 1, int.Parse((await trend.GetAttributeAsync("data-points"))!, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal("same chart", await trend.EvaluateAsync<string>("element => element._ecoChart.__marked"));
        Assert.Equal("yes", await page.EvaluateAsync<string>("() => window.__sameDocument"));
        await page.ScreenshotAsync(new() { Path = Screenshot("overview-after-upload.png"), FullPage = true });

        var phone = await browser.NewPageAsync(new() { ViewportSize = new() { Width = 390, Height = 844 }, IsMobile = true, HasTouch = true });
        await phone.GotoAsync(dashboard.BaseAddress.ToString());
        await phone.Locator(".kpi-tile").Nth(27).WaitForAsync();
        var (scrollWidth, innerWidth) = (await phone.EvaluateAsync<int>("() => document.documentElement.scrollWidth"), await phone.EvaluateAsync<int>("() => window.innerWidth"));
        Assert.True(scrollWidth <= innerWidth, $"the page is {scrollWidth} px wide in a {innerWidth} px viewport");
        await phone.ScreenshotAsync(new() { Path = Screenshot("overview-phone.png"), FullPage = true });
    }

    [Fact]
    public async Task Every_page_draws_its_charts_and_tables_a_tile_leads_to_its_files_and_a_bad_upload_says_why()
    {
        Assert.True(File.Exists(Chromium), $"{Chromium} is missing: tests/run-all.sh installs it (apt-get install chromium).");
        await using var dashboard = await RunningDashboard.StartAsync(new() { ["DASHBOARD_DEMO"] = "auto" });
        await WaitForTheDemoLabelAsync(dashboard);
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = Chromium,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });

        // Each page at phone width: its charts drawn by ApexCharts, its tables filled, nothing wider than the screen.
        var phone = await browser.NewPageAsync(new() { ViewportSize = new() { Width = 390, Height = 844 }, IsMobile = true, HasTouch = true });
        // (The demo label has no song or post tables: those two pages must still draw the table, empty, with its note.)
        (string Path, string Chart, string Table, bool HasRows)[] pages =
        [
            ("/revenue", "revenue_by_month", "top_tracks", true),
            ("/audience", "streams_by_day", "top_songs", false),
            ("/social", "social_views_by_day", "top_posts", false),
            ("/marketing", "ad_spend_by_day", "ad_campaigns", true),
            ("/catalog", string.Empty, "catalog_tracks", true),
            ("/pipeline", string.Empty, "freshness", true),
        ];
        foreach (var (path, chart, table, hasRows) in pages)
        {
            await phone.GotoAsync(new Uri(dashboard.BaseAddress, path).ToString());
            if (chart.Length > 0)
            {
                await phone.Locator($"[data-report={chart}] .apexcharts-canvas").WaitForAsync(new() { Timeout = 15_000 });
                Assert.True(int.Parse(await phone.Locator($"[data-report={chart}]").GetAttributeAsync("data-points") ?? "0", System.Globalization.CultureInfo.InvariantCulture) > 0, $"{chart} has no points");
            }

            await phone.Locator(hasRows ? $"table[data-report={table}] tbody tr" : $"#{table} .report-note").First.WaitForAsync(new() { Timeout = 15_000 });
            await Assertions.Expect(phone.Locator($"#{table} a.download").First).ToHaveAttributeAsync("href", $"/exports/{table}.csv");
            var (scrollWidth, innerWidth) = (await phone.EvaluateAsync<int>("() => document.documentElement.scrollWidth"), await phone.EvaluateAsync<int>("() => window.innerWidth"));
            Assert.True(scrollWidth <= innerWidth, $"{path} is {scrollWidth} px wide in a {innerWidth} px viewport");
            await phone.ScreenshotAsync(new() { Path = Screenshot($"page{path.Replace('/', '-')}-phone.png"), FullPage = true });
        }

        // From the revenue tile to the statement behind it, and the rows that statement gave.
        var page = await browser.NewPageAsync(new() { ViewportSize = new() { Width = 1280, Height = 900 } });
        await page.GotoAsync(dashboard.BaseAddress.ToString());
        // Clicked once the page is live (its charts are drawn over the circuit), as a person clicks: a link followed
        // while the circuit is still starting can be rendered over by the page the circuit started on.
        await page.Locator(".chart[data-report=revenue_by_month] .apexcharts-canvas").WaitForAsync();
        await page.Locator("[data-kpi=revenue_t12m] a.kpi-lineage").ClickAsync();
        var file = page.Locator("#lineage_files tbody tr", new() { HasText = "distrokid / royalty_line" }).First;
        await file.WaitForAsync(new() { Timeout = 15_000 });
        await Assertions.Expect(page.Locator("#lineage_files")).ToContainTextAsync("fx_sheet / fx_rate");
        var rowsLink = await file.Locator("a.download").First.GetAttributeAsync("href");
        Assert.StartsWith("/exports/royalty_line.csv?file=", rowsLink, StringComparison.Ordinal);
        using var http = new HttpClient { BaseAddress = dashboard.BaseAddress };
        var rows = ExportTests.Read(await http.GetByteArrayAsync(rowsLink));
        Assert.Equal(long.Parse((await file.Locator("td.rows-now").InnerTextAsync()).Split(' ')[0].Replace(",", string.Empty, StringComparison.Ordinal), System.Globalization.CultureInfo.InvariantCulture), rows.Count - 1);
        var sha = await file.GetAttributeAsync("data-sha256");
        var files = ExportTests.Read(await http.GetByteArrayAsync(await page.Locator("#lineage_files a.download").First.GetAttributeAsync("href")));
        Assert.Equal("sha256", files[0][0]);
        Assert.Equal(await page.Locator("#lineage_files tbody tr").CountAsync(), files.Count - 1);
        Assert.Contains(files, f => f[0] == sha && f[7] == (rows.Count - 1).ToString(System.Globalization.CultureInfo.InvariantCulture));
        await page.ScreenshotAsync(new() { Path = Screenshot("lineage-revenue.png"), FullPage = true });

        // The Upload page: a file no handler knows is quarantined, and the page says why.
        await page.GotoAsync(new Uri(dashboard.BaseAddress, "/upload").ToString());

        await WaitUntilLiveAsync(page, ".drop-zone input[type=file]");
        await page.Locator(".drop-zone input[type=file]").SetInputFilesAsync(new FilePayload
        {
            Name = "mystery.csv",
            MimeType = "text/csv",
            Buffer = Encoding.UTF8.GetBytes("Totally,Unknown,Header\n1,2,3\n"),
        });
        var row = page.Locator("tr[data-file='mystery.csv']");
        await Assertions.Expect(row).ToHaveAttributeAsync("data-state", "quarantined", new() { Timeout = 20_000 });
        await Assertions.Expect(row).ToContainTextAsync("unknown_format");
        await page.ScreenshotAsync(new() { Path = Screenshot("upload-quarantined.png"), FullPage = true });
    }

    /// <summary>Waits until every KPI has a value; returns the last sale month the demo's statements report.</summary>
    private static async Task<DateOnly> WaitForTheDemoLabelAsync(RunningDashboard dashboard)
    {
        var feed = dashboard.App.Services.GetRequiredService<KpiFeed>();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(120));
        while (feed.Current is null || feed.Current.Kpis.Any(k => k.Value is null))
        {
            await Task.Delay(250, timeout.Token);
        }

        var asOf = feed.Current["revenue_last_month"].AsOf!.Value;
        return new DateOnly(asOf.Year, asOf.Month, 1);
    }

    /// <summary>
    /// Waits until a file input is live, as a person's choice of file would be seen: the prerendered input has no
    /// listener until Blazor's InputFile has initialised it on the circuit (its script marks the element with
    /// <c>_blazorInputFileNextFileId</c>), and a file chosen before that is not seen — a failure CI met once when the
    /// test waited only for Blazor's script.
    /// </summary>
    private static async Task WaitUntilLiveAsync(IPage page, string fileInput) =>
        await page.WaitForFunctionAsync($"() => document.querySelector(\"{fileInput}\")?._blazorInputFileNextFileId !== undefined");

    private static string Screenshot(string name)
    {
        var folder = Path.Combine(Environment.GetEnvironmentVariable("ECO_TEST_ARTIFACTS") ?? AppContext.BaseDirectory, "screenshots");
        Directory.CreateDirectory(folder);
        return Path.Combine(folder, name);
    }
}
