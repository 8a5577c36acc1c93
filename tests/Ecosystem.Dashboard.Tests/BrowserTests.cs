using System.Text;
using Ecosystem.Dashboard.Live;
using Ecosystem.Dashboard.Pipeline;
using Ecosystem.DataLake.Demo;
using Ecosystem.DataLake.Pipeline;
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
        await using var dashboard = await RunningDashboard.StartAsync();
        await FillWithTheDemoLabelAsync(dashboard);

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
        await page.ScreenshotAsync(new() { Path = Screenshot("overview-desktop.png"), FullPage = true });

        // Wait for the circuit, mark the window, upload a statement for a later month through the page's own control.
        await page.WaitForFunctionAsync("() => window.Blazor !== undefined");
        await page.EvaluateAsync("() => window.__sameDocument = 'yes'");
        var revenue = page.Locator("[data-kpi=revenue_last_month] .kpi-value");
        var before = await revenue.InnerTextAsync();
        await page.Locator("input[type=file]").SetInputFilesAsync(new FilePayload
        {
            Name = "distrokid-october.tsv",
            MimeType = "text/tab-separated-values",
            Buffer = Encoding.UTF8.GetBytes(
                "Reporting Date\tSale Month\tStore\tArtist\tTitle\tISRC\tUPC\tQuantity\tTeam Percentage\tSong/Album\tCountry of Sale\tSongwriter Royalties Withheld\tEarnings (USD)\n" +
                "2026-11-20\t2026-10\tSpotify\tNova Reyes\tGlass Harbor\tQZHL22400001\t0196000000001\t250000\t100\tSong\tUS\t0\t987.65\n"),
        });
        await Assertions.Expect(page.Locator(".upload-results")).ToContainTextAsync("distrokid-october.tsv: landed", new() { Timeout = 15_000 });
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

    private static async Task FillWithTheDemoLabelAsync(RunningDashboard dashboard)
    {
        var exports = DemoLabel.WriteExports(Path.Combine(dashboard.Root, "demo"), seed: 42, until: new DateOnly(2026, 11, 22));
        await dashboard.App.Services.GetRequiredService<LakeRunner>().IngestAsync(exports, null, null, CancellationToken.None);
        dashboard.App.Services.GetRequiredService<PipelineWorker>().Wake();
        var feed = dashboard.App.Services.GetRequiredService<KpiFeed>();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(90));
        while (feed.Current is null || feed.Current.Kpis.Any(k => k.Value is null))
        {
            await Task.Delay(250, timeout.Token);
        }
    }

    private static string Screenshot(string name)
    {
        var folder = Path.Combine(Environment.GetEnvironmentVariable("ECO_TEST_ARTIFACTS") ?? AppContext.BaseDirectory, "screenshots");
        Directory.CreateDirectory(folder);
        return Path.Combine(folder, name);
    }
}
