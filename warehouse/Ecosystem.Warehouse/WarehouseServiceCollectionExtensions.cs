using Ecosystem.DataLake;
using Ecosystem.Warehouse.Exports;
using Ecosystem.Warehouse.Kpis;
using Ecosystem.Warehouse.Lineage;
using Ecosystem.Warehouse.Loading;
using Ecosystem.Warehouse.Reports;
using Ecosystem.Warehouse.Schema;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Ecosystem.Warehouse;

public static class WarehouseServiceCollectionExtensions
{
    /// <summary>The warehouse database, its loader and the KPI service. Call after <c>AddDataLake</c>.</summary>
    public static IHostApplicationBuilder AddWarehouse(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<WarehouseOptions>().Bind(builder.Configuration).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton(provider => new WarehouseDatabase(
            provider.GetRequiredService<IOptions<WarehouseOptions>>().Value.PathIn(provider.GetRequiredService<IOptions<LakeOptions>>().Value.DataDirectory)));
        builder.Services.AddSingleton<WarehouseLoader>();
        builder.Services.AddSingleton<KpiService>();
        builder.Services.AddSingleton<WarehouseStatus>();
        builder.Services.AddSingleton<ReportService>();
        builder.Services.AddSingleton<LineageService>();
        builder.Services.AddSingleton<TableExporter>();
        return builder;
    }
}
