using System.Globalization;
using Ecosystem.Cron.Cli;
using Ecosystem.DataLake;
using Ecosystem.DataLake.Demo;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Ecosystem.Cron.Demo;

/// <summary>
/// <c>eco demo</c>: writes the demo label's exports (<see cref="DemoLabel"/>) into a folder, then lands and promotes
/// them exactly like <c>eco run &lt;folder&gt;</c>. Deterministic for a seed and a last day.
/// </summary>
internal sealed class DemoCommand(TextWriter stdout, TextWriter stderr, bool json)
{
    public async Task<int> RunAsync(int seed, string? until, string? output, CancellationToken cancellationToken)
    {
        var lastDay = ParseUntil(until);
        string folder;
        using (var host = EcoHost.Build(minimumLevel: LogLevel.Warning))
        {
            var options = host.Services.GetRequiredService<IOptions<LakeOptions>>().Value;
            folder = Path.GetFullPath(output ?? Path.Combine(options.FullDataDirectory, "demo-exports", string.Create(CultureInfo.InvariantCulture, $"seed-{seed}")));
        }

        var files = DemoLabel.WriteExports(folder, seed, lastDay);
        if (!json)
        {
            await stdout.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"demo: wrote {files.Count} exports of {DemoCatalog.Label} (seed {seed}, last day {lastDay:yyyy-MM-dd}) to {folder}"));
        }

        return await new LakeCommands(stdout, stderr, json).RunAsync([folder], "demo", cancellationToken);
    }

    private static DateOnly ParseUntil(string? until)
    {
        if (until is null)
        {
            return DateOnly.FromDateTime(TimeProvider.System.GetUtcNow().UtcDateTime).AddDays(-1);
        }

        return DateOnly.TryParseExact(until, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            ? day
            : throw new UsageException($"--until '{until}' is not a YYYY-MM-DD date.");
    }
}
