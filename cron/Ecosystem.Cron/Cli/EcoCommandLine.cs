using System.CommandLine;
using Ecosystem.Cron.Bench;
using Ecosystem.Cron.Demo;
using Ecosystem.Cron.Export;
using Ecosystem.Warehouse.Exports;
using Microsoft.Extensions.Options;

namespace Ecosystem.Cron.Cli;

/// <summary>The <c>eco</c> verbs: ingest, run, status, kpis, export, bench, demo. Parsing errors exit with <see cref="ExitCodes.Usage"/>.</summary>
public static class EcoCommandLine
{
    public static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken)
    {
        var root = Build(stdout, stderr);
        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var error in parse.Errors)
            {
                await stderr.WriteLineAsync(error.Message);
            }

            await stderr.WriteLineAsync("Run 'eco --help' for usage.");
            return ExitCodes.Usage;
        }

        try
        {
            return await parse.InvokeAsync(new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false }, cancellationToken);
        }
        catch (OptionsValidationException ex)
        {
            await stderr.WriteLineAsync($"Configuration error: {string.Join("; ", ex.Failures)}");
            return ExitCodes.Usage;
        }
        catch (UsageException ex)
        {
            await stderr.WriteLineAsync(ex.Message);
            return ExitCodes.Usage;
        }
        catch (OperationCanceledException)
        {
            await stderr.WriteLineAsync("Cancelled; the lake is consistent and the next run picks up where this one stopped.");
            return ExitCodes.Failed;
        }
        catch (Exception ex)
        {
            // Broken infrastructure (storage unreachable, disk full): one clear line, exit 1. The lake stays
            // consistent; the next run marks this one aborted and picks up where it stopped.
            await stderr.WriteLineAsync($"eco {args.FirstOrDefault()} failed: {ex.GetType().Name}: {ex.Message}");
            return ExitCodes.Failed;
        }
    }

    private static RootCommand Build(TextWriter stdout, TextWriter stderr)
    {
        var json = new Option<bool>("--json") { Description = "Print a machine-readable JSON summary on stdout" };
        var source = new Option<string?>("--source") { Description = "Source hint for the landing key (detection still goes by content)" };

        var ingestPaths = new Argument<string[]>("paths") { Description = "Export files or folders to land", Arity = ArgumentArity.OneOrMore };
        var ingest = new Command("ingest", "Land export files in the lake (hashed while streaming; same bytes twice are a duplicate)") { ingestPaths, source, json };
        ingest.SetAction((parse, token) => new LakeCommands(stdout, stderr, parse.GetValue(json)).IngestAsync(parse.GetValue(ingestPaths)!, parse.GetValue(source), token));

        var runPaths = new Argument<string[]>("paths") { Description = "Optional files or folders to land first", Arity = ArgumentArity.ZeroOrMore };
        var run = new Command("run", "Promote everything pending: landing → raw → staging → curated") { runPaths, source, json };
        run.SetAction((parse, token) => new LakeCommands(stdout, stderr, parse.GetValue(json)).RunAsync(parse.GetValue(runPaths) ?? [], parse.GetValue(source), token));

        var runs = new Option<int>("--runs") { Description = "How many recent runs to show", DefaultValueFactory = _ => 10 };
        var status = new Command("status", "Show recent runs, objects per zone, curated partitions, quarantined files, warehouse loads, freshness per source and open quality issues") { json, runs };
        status.SetAction((parse, token) => new LakeCommands(stdout, stderr, parse.GetValue(json)).StatusAsync(parse.GetValue(runs), token));
        var kpis = new Command("kpis", "Compute and print every KPI from the warehouse") { json };
        kpis.SetAction((parse, token) => new LakeCommands(stdout, stderr, parse.GetValue(json)).KpisAsync(token));

        var dataset = new Argument<string>("dataset") { Description = "A warehouse table (royalty_line, stream_daily, …, artist, track, …, quality_issue) or a report (revenue_by_month, kpis, …)" };
        var format = new Option<string>("--format") { Description = "csv (UTF-8 with BOM, RFC 4180) or parquet", DefaultValueFactory = _ => "csv" };
        var exportOut = new Option<string>("--out") { Description = "The file to write", Required = true };
        var from = new Option<string?>("--from") { Description = "First date (YYYY-MM-DD) on the table's date column" };
        var to = new Option<string?>("--to") { Description = "Last date (YYYY-MM-DD) on the table's date column" };
        var exportSource = new Option<string?>("--source") { Description = "Only rows of this source (distrokid, …)" };
        var artist = new Option<string?>("--artist") { Description = "Only rows crediting this artist" };
        var landedFile = new Option<string?>("--file") { Description = "Only the rows one landed file gave (its SHA-256; fact tables)" };
        var export = new Command("export", "Write a warehouse table or report to a CSV or Parquet file") { dataset, format, exportOut, from, to, exportSource, artist, landedFile };
        export.SetAction((parse, token) => new ExportCommand(stdout).RunAsync(
            parse.GetValue(dataset)!, parse.GetValue(format)!, parse.GetValue(exportOut)!,
            new ExportFilter(parse.GetValue(from), parse.GetValue(to), parse.GetValue(exportSource), parse.GetValue(artist), parse.GetValue(landedFile)), token));

        var rows = new Option<int>("--rows") { Description = "Rows in the synthetic DistroKid statement", DefaultValueFactory = _ => 1_000_000 };
        var writeStatement = new Option<string?>("--write-statement") { Description = "Only write the synthetic statement to this path and exit" };
        var layout = new Option<StatementLayout>("--layout") { Description = "Header layout for --write-statement", DefaultValueFactory = _ => StatementLayout.Current };
        var seed = new Option<int>("--seed") { Description = "Seed of the synthetic data", DefaultValueFactory = _ => 42 };
        var dashboard = new Option<bool>("--dashboard") { Description = "Measure the dashboard instead: file dropped → SignalR snapshot, and delivery to many clients (--rows lines per statement)" };
        var clients = new Option<int>("--clients") { Description = "SignalR clients for --dashboard", DefaultValueFactory = _ => 500 };
        var drops = new Option<int>("--drops") { Description = "Statements dropped one by one for --dashboard", DefaultValueFactory = _ => 20 };
        var bench = new Command("bench", "Measure hashing, landing, landing→curated, the warehouse and the KPI snapshot on a synthetic statement (or the dashboard with --dashboard)") { rows, writeStatement, layout, seed, json, dashboard, clients, drops };
        bench.SetAction((parse, token) => new BenchCommand(stdout, stderr).RunAsync(
            new BenchSettings(parse.GetValue(rows), parse.GetValue(seed), parse.GetValue(writeStatement), parse.GetValue(layout), parse.GetValue(json), parse.GetValue(dashboard), parse.GetValue(clients), parse.GetValue(drops)), token));

        var demoSeed = new Option<int>("--seed") { Description = "Seed of the demo label's numbers", DefaultValueFactory = _ => 7 };
        var until = new Option<string?>("--until") { Description = "The demo's last day, YYYY-MM-DD (default: yesterday, UTC)" };
        var output = new Option<string?>("--out") { Description = "Folder for the demo exports (default: {ECO_DATA_DIR}/demo-exports/seed-N)" };
        var demo = new Command("demo", "Write a demo label's exports in every real format, then land and promote them") { demoSeed, until, output, json };
        demo.SetAction((parse, token) => new DemoCommand(stdout, stderr, parse.GetValue(json)).RunAsync(parse.GetValue(demoSeed), parse.GetValue(until), parse.GetValue(output), token));

        return new RootCommand("Ecosystem: land, promote and check music-business exports") { ingest, run, status, kpis, export, bench, demo };
    }
}
