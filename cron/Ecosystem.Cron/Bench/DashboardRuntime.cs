using System.Diagnostics;

namespace Ecosystem.Cron.Bench;

/// <summary>
/// <c>eco bench --dashboard</c> measures the dashboard under the runtime settings the dashboard process runs with
/// (a Web SDK app: server garbage collector, concurrent, the runtime's default tiered compilation), not those of
/// <c>eco</c> (workstation, non-concurrent, conserving memory for the lake's peak-memory target, no profile-guided
/// instrumentation tier). These settings are fixed when a process starts, so the measurement runs in a child
/// <c>eco</c> started with them.
/// </summary>
internal static class DashboardRuntime
{
    private const string ChildMarker = "ECO_BENCH_DASHBOARD_CHILD";

    public static bool IsChild => Environment.GetEnvironmentVariable(ChildMarker) == "1";

    /// <summary>Runs this same command again in a child process with the dashboard's runtime settings; returns its exit code.</summary>
    public static async Task<int> RunInChildAsync(TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken)
    {
        var args = Environment.GetCommandLineArgs();
        var start = new ProcessStartInfo(Environment.ProcessPath!) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        // Under `dotnet eco.dll`, the first argument is the entry assembly; under the apphost it is the host itself.
        var first = Path.GetFileNameWithoutExtension(Environment.ProcessPath!) == "dotnet" ? 0 : 1;
        foreach (var arg in args.Skip(first))
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment[ChildMarker] = "1";
        start.Environment["DOTNET_gcServer"] = "1";
        start.Environment["DOTNET_gcConcurrent"] = "1";
        start.Environment["DOTNET_GCConserveMemory"] = "0";
        start.Environment["DOTNET_TieredPGO"] = "1";
        using var child = Process.Start(start) ?? throw new InvalidOperationException("could not start the benchmark's child process");
        await using var cancel = cancellationToken.Register(() => child.Kill(entireProcessTree: true));
        await Task.WhenAll(
            CopyAsync(child.StandardOutput, stdout, cancellationToken),
            CopyAsync(child.StandardError, stderr, cancellationToken),
            child.WaitForExitAsync(cancellationToken));
        return child.ExitCode;
    }

    private static async Task CopyAsync(StreamReader from, TextWriter to, CancellationToken cancellationToken)
    {
        while (await from.ReadLineAsync(cancellationToken) is { } line)
        {
            await to.WriteLineAsync(line);
        }
    }
}
