using Ecosystem.DataLake.Pipeline;
using Ecosystem.Warehouse.Loading;

namespace Ecosystem.Cron.Cli;

/// <summary>The JSON shape of <c>eco ingest --json</c> and <c>eco run --json</c>.</summary>
internal sealed record CommandResult(RunSummary? Ingest, RunSummary? Run, WarehouseLoadSummary? Warehouse = null);
