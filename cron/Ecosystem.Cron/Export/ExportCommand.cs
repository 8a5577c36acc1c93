using System.Globalization;
using Ecosystem.Cron.Cli;
using Ecosystem.Warehouse.Exports;
using Ecosystem.Warehouse.Schema;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Ecosystem.Cron.Export;

/// <summary>
/// <c>eco export &lt;dataset&gt; --format csv|parquet --out PATH [--from --to --source --artist --file]</c>: what the dashboard's
/// <c>/exports</c> serves, written to a file (temp name, then renamed, so a half-written export never has the name).
/// </summary>
internal sealed class ExportCommand(TextWriter stdout)
{
    public async Task<int> RunAsync(string dataset, string format, string output, ExportFilter filter, CancellationToken cancellationToken)
    {
        if (!TableExporter.IsKnown(dataset))
        {
            throw new UsageException($"No dataset '{dataset}'. Known: {TableExporter.KnownList}.");
        }

        if (format is not ("csv" or "parquet"))
        {
            throw new UsageException($"--format must be csv or parquet, not '{format}'.");
        }

        using var host = EcoHost.Build(minimumLevel: LogLevel.Warning);
        await host.Services.GetRequiredService<WarehouseDatabase>().MigrateAsync(cancellationToken);
        var exporter = host.Services.GetRequiredService<TableExporter>();
        var path = Path.GetFullPath(output);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temp = path + ".partial";
        long rows;
        await using (var file = new FileStream(temp, FileMode.Create, FileAccess.ReadWrite, FileShare.None, 1 << 16, FileOptions.Asynchronous))
        {
            rows = format == "csv"
                ? await exporter.WriteCsvAsync(dataset, filter, file, cancellationToken)
                : await exporter.WriteParquetAsync(dataset, filter, file, cancellationToken);
        }

        File.Move(temp, path, overwrite: true);
        await stdout.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"exported {rows:N0} rows of {dataset} to {path}"));
        return ExitCodes.Ok;
    }
}
