using Ecosystem.DataLake.Pipeline;
using Ecosystem.DataLake.Tests.Fakes;

namespace Ecosystem.DataLake.Tests.Pipeline;

/// <summary>
/// Stops the pipeline at every checkpoint in turn (during the first statement, then during the second, which
/// replaces curated versions and so goes through the archive), runs the same command again, and checks that the
/// lake ends exactly as an uninterrupted run leaves it: nothing lost, nothing doubled, no stray files.
/// </summary>
public sealed class CrashSafetyTests : IDisposable
{
    private readonly string _inbox = TestFiles.TempFolder();

    public static TheoryData<PipelineCheckpoint, int> Crashes()
    {
        var data = new TheoryData<PipelineCheckpoint, int>();
        foreach (var checkpoint in Enum.GetValues<PipelineCheckpoint>())
        {
            data.Add(checkpoint, 1);
            data.Add(checkpoint, 2);
        }

        return data;
    }

    public void Dispose() => Directory.Delete(_inbox, recursive: true);

    [Theory]
    [MemberData(nameof(Crashes))]
    public async Task CrashAtAnyStep_ThenRunningAgain_EndsExactlyLikeAnUninterruptedRun(PipelineCheckpoint checkpoint, int duringStatement)
    {
        var (first, second) = WriteStatements();
        var clean = await RunScenarioAsync(first, second, probe: null);

        var probe = new CrashingProbe(checkpoint, armed: duringStatement == 1);
        var interrupted = await RunScenarioAsync(first, second, probe);

        Assert.True(probe.Crashed, $"the scenario never reached {checkpoint}");
        Assert.Equal(clean.Snapshot, interrupted.Snapshot);
        Assert.Empty(interrupted.LeftoverTempFiles);
    }

    private (string First, string Second) WriteStatements()
    {
        var repeated = Statements.Line(4);
        var first = Statements.Write(_inbox, "statement-a.tsv", Enumerable.Range(1, 40).Select(n => Statements.Line(n)).Append(repeated));
        var second = Statements.Write(_inbox, "statement-b.tsv", Enumerable.Range(30, 40).Select(n => Statements.Line(n, n == 33 ? 7.25m : null)).Append(repeated).Append(repeated));
        return (first, second);
    }

    private static async Task<(string Snapshot, List<string> LeftoverTempFiles)> RunScenarioAsync(string first, string second, CrashingProbe? probe)
    {
        var root = TestFiles.TempFolder();
        var lake = await TestLake.CreateAsync(root, probe);
        try
        {
            lake = await StepAsync(lake, root, probe, l => l.IngestAsync(first));
            lake = await StepAsync(lake, root, probe, l => l.RunAsync());
            probe?.Arm();
            lake = await StepAsync(lake, root, probe, l => l.IngestAsync(second));
            lake = await StepAsync(lake, root, probe, l => l.RunAsync());
            var snapshot = await LakeSnapshot.TakeAsync(lake);
            var leftovers = Directory.EnumerateFiles(root, "*.tmp", SearchOption.AllDirectories)
                .Concat(Directory.EnumerateFiles(lake.Options.TempDirectory, "*", SearchOption.AllDirectories))
                .ToList();
            return (snapshot, leftovers);
        }
        finally
        {
            lake.Dispose();
            Directory.Delete(root, recursive: true);
        }
    }

    /// <summary>Runs one command; if the "process" dies, starts a new one over the same data folder and runs the command again.</summary>
    private static async Task<TestLake> StepAsync(TestLake lake, string root, CrashingProbe? probe, Func<TestLake, Task> command)
    {
        try
        {
            await command(lake);
            return lake;
        }
        catch (PipelineHaltException)
        {
            lake.Dispose();
            var restarted = await TestLake.CreateAsync(root, probe);
            await command(restarted);
            return restarted;
        }
    }
}
