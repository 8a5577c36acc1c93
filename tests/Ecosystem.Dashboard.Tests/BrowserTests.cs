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
        var nextMonth = lastReported.AddMonths(1);
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
        Assert.Equal("yes", await page.EvaluateAsync<string>("() => window.__sameDocument"));
        await page.ScreenshotAsync(new() { Path = Screenshot("overview-after-upload.png"), FullPage = true });

        var phone = await browser.NewPageAsync(new() { ViewportSize = new() { Width = 390, Height = 844 }, IsMobile = true, HasTouch = true });
        await phone.GotoAsync(dashboard.BaseAddress.ToString());
        await phone.Locator(".kpi-tile").Nth(27).WaitForAsync();
        var (scrollWidth, innerWidth) = (await phone.EvaluateAsync<int>("() => document.documentElement.scrollWidth"), await phone.EvaluateAsync<int>("() => window.innerWidth"));
        Assert.True(scrollWidth <= innerWidth, $"the page is {scrollWidth} px wide in a {innerWidth} px viewport");
        await phone.ScreenshotAsync(new() { Path = Screenshot("overview-phone.png"), FullPage = true });
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

    private static string Screenshot(string name)
    {
        var folder = Path.Combine(Environment.GetEnvironmentVariable("ECO_TEST_ARTIFACTS") ?? AppContext.BaseDirectory, "screenshots");
        Directory.CreateDirectory(folder);
        return Path.Combine(folder, name);
    }
}
