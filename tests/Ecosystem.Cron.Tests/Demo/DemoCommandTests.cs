using System.Text.Json;
using Ecosystem.Cron.Cli;
using Ecosystem.Cron.Tests.Fakes;

namespace Ecosystem.Cron.Tests.Demo;

/// <summary><c>eco demo</c> as a user runs it on a fresh folder: the real process, the real lake.</summary>
public sealed class DemoCommandTests : IDisposable
{
    private readonly EcoProcess _eco = new();

    public void Dispose() => _eco.Dispose();

    [Fact]
    public async Task Demo_CuratesEveryExportOfTheLabel_AndASecondRunLandsNothingNew()
    {
        var first = await _eco.RunAsync("demo", "--until", "2026-11-22", "--json");

        Assert.True(first.ExitCode == ExitCodes.Ok, first.ToString());
        var run = JsonDocument.Parse(first.Stdout).RootElement.GetProperty("run");
        Assert.Equal("ok", run.GetProperty("status").GetString());
        Assert.True(run.GetProperty("rows_curated").GetInt64() > 20_000);
        Assert.True(Directory.Exists(Path.Combine(_eco.DataDirectory, "demo-exports", "seed-7", "distrokid")));
        foreach (var dataset in new[] { "royalty_line", "stream_daily", "audience_daily", "social_daily", "ad_daily", "link_daily", "email_campaign", "rights_split", "expense" })
        {
            Assert.True(Directory.Exists(Path.Combine(_eco.DataDirectory, "curated", $"dataset={dataset}")), dataset);
        }

        var second = await _eco.RunAsync("demo", "--until", "2026-11-22", "--json");
        Assert.Equal(ExitCodes.Ok, second.ExitCode);
        var again = JsonDocument.Parse(second.Stdout).RootElement;
        Assert.Equal(0, again.GetProperty("ingest").GetProperty("landed").GetInt32());
        Assert.Equal(0, again.GetProperty("run").GetProperty("rows_curated").GetInt64());
    }

    [Fact]
    public async Task Demo_ABadLastDay_IsAUsageError()
    {
        var result = await _eco.RunAsync("demo", "--until", "22/11/2026");

        Assert.Equal(ExitCodes.Usage, result.ExitCode);
        Assert.Contains("--until '22/11/2026' is not a YYYY-MM-DD date", result.Stderr, StringComparison.Ordinal);
    }
}
