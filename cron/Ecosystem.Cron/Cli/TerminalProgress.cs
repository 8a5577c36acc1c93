using Ecosystem.DataLake.Pipeline;
using Spectre.Console;

namespace Ecosystem.Cron.Cli;

/// <summary>A progress bar on stderr while files move through the zones (only when attached to a terminal).</summary>
internal static class TerminalProgress
{
    public static async Task<int> RunAsync(Func<IProgress<PipelineProgress>, Task<int>> work)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        return await console.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
            .StartAsync(async context =>
            {
                var task = context.AddTask("files", maxValue: 1);
                return await work(new TaskProgress(task));
            });
    }

    private sealed class TaskProgress(ProgressTask task) : IProgress<PipelineProgress>
    {
        public void Report(PipelineProgress value)
        {
            task.MaxValue = Math.Max(1, value.FileCount);
            task.Value = value.FileIndex;
            task.Description = value.Step == "done" ? "done" : Markup.Escape($"{value.Step}: {value.FileName}");
        }
    }
}
