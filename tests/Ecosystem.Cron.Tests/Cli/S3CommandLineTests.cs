using System.Text.Json;
using Ecosystem.Cron.Tests.Fakes;

namespace Ecosystem.Cron.Tests.Cli;

/// <summary><c>eco run</c> with <c>ECO_LAKE=s3</c> against the real S3 server the test run starts.</summary>
public sealed class S3CommandLineTests : IDisposable
{
    private readonly EcoProcess _eco = new();

    public void Dispose() => _eco.Dispose();

    [Fact]
    public async Task Run_OnAnS3Lake_CuratesTheSampleIntoBuckets()
    {
        var endpoint = Environment.GetEnvironmentVariable("ECO_TEST_S3_ENDPOINT");
        var accessKey = Environment.GetEnvironmentVariable("ECO_TEST_S3_ACCESS_KEY");
        var secretKey = Environment.GetEnvironmentVariable("ECO_TEST_S3_SECRET_KEY");
        Assert.False(string.IsNullOrEmpty(endpoint) || string.IsNullOrEmpty(accessKey) || string.IsNullOrEmpty(secretKey), "No S3 server for the tests: run tests/run-all.sh.");
        _eco.Environment["ECO_LAKE"] = "s3";
        _eco.Environment["ECO_S3_ENDPOINT"] = endpoint!;
        _eco.Environment["ECO_S3_ACCESS_KEY"] = accessKey!;
        _eco.Environment["ECO_S3_SECRET_KEY"] = secretKey!;
        _eco.Environment["ECO_S3_SECURE"] = "false";
        _eco.Environment["ECO_S3_BUCKET_PREFIX"] = $"cli{Guid.NewGuid():N}"[..12] + "-";

        var result = await _eco.RunAsync("run", Path.Combine(EcoProcess.RepositoryRoot, "samples", "distrokid"), "--json");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal("ok", JsonDocument.Parse(result.Stdout).RootElement.GetProperty("run").GetProperty("status").GetString());
        Assert.DoesNotContain(secretKey!, result.Stdout + result.Stderr, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(_eco.DataDirectory, "curated")), "an S3 lake keeps no zone folders locally");
        Assert.True(File.Exists(Path.Combine(_eco.DataDirectory, "manifest.db")));
    }
}
