using Ecosystem.Cron.Cli;

// `eco`: the command-line program cron runs. Exit codes: 0 ok, 1 failed, 2 usage, 3 partial, 4 locked (see ExitCodes).
Ecosystem.DataLake.Pipeline.MemoryRelief.ReturnLargeBuffersToTheSystem(); // Arrow's buffers (README, "Benchmark")
using var cancel = new ConsoleCancellation();
return await EcoCommandLine.RunAsync(args, Console.Out, Console.Error, cancel.Token);
