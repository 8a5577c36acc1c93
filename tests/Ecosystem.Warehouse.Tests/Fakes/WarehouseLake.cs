using System.Globalization;
using System.Text;
using Ecosystem.DataLake;
using Ecosystem.DataLake.Manifest;
using Ecosystem.DataLake.Pipeline;
using Ecosystem.Warehouse.Loading;
using Ecosystem.Warehouse.Schema;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Ecosystem.Warehouse.Tests.Fakes;

/// <summary>
/// The real pipeline in a temp folder: local-folder lake, manifest, promotion, and the warehouse loaded from the
/// curated Parquet — what <c>eco run</c> does, without the process around it.
/// </summary>
internal sealed class WarehouseLake : IDisposable
{
    private readonly IHost _host;

    private WarehouseLake(string root)
    {
        Root = root;
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["DATA_DIR"] = Path.Combine(root, "data"), ["LAKE"] = "local" });
        builder.AddDataLake();
        builder.AddWarehouse();
        _host = builder.Build();
    }

    public string Root { get; }

    public string Inbox => Directory.CreateDirectory(Path.Combine(Root, "inbox")).FullName;

    public WarehouseDatabase Database => _host.Services.GetRequiredService<WarehouseDatabase>();

    public static WarehouseLake Create() => new(Path.Combine(Path.GetTempPath(), "eco-whlake-" + Guid.NewGuid().ToString("N")));

    /// <summary>Writes a file into the inbox and returns its path.</summary>
    public string Write(string name, string content)
    {
        var path = Path.Combine(Inbox, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content, new UTF8Encoding(false));
        return path;
    }

    /// <summary>Lands the files, promotes everything pending and loads the warehouse, as <c>eco run FILES</c>.</summary>
    public async Task<WarehouseLoadSummary> RunAsync(params string[] paths)
    {
        await _host.Services.GetRequiredService<LakeManifest>().MigrateAsync(CancellationToken.None);
        var runner = _host.Services.GetRequiredService<LakeRunner>();
        if (paths.Length > 0)
        {
            await runner.IngestAsync(paths, null, null, CancellationToken.None);
        }

        var run = await runner.RunAsync(null, CancellationToken.None);
        return await _host.Services.GetRequiredService<WarehouseLoader>().LoadAsync(run.RunId, CancellationToken.None);
    }

    public async Task<WarehouseLoadSummary> ReloadAllAsync() =>
        await _host.Services.GetRequiredService<WarehouseLoader>().LoadAsync("reload-" + Guid.NewGuid().ToString("N")[..8], force: true, CancellationToken.None);

    /// <summary>Every row of every warehouse table, sorted, as text: two equal dumps mean the same warehouse content.</summary>
    public async Task<string> DumpAsync(params string[] except)
    {
        await using var connection = await Database.OpenAsync(CancellationToken.None);
        var tables = SqlQuery.List(connection, "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name", r => r.GetString(0)).Except(except);
        var dump = new StringBuilder();
        foreach (var table in tables)
        {
            var rows = SqlQuery.List(connection, $"SELECT * FROM {table}", r =>
            {
                var values = new object[r.FieldCount];
                r.GetValues(values);
                return string.Join('|', values.Select(v => Convert.ToString(v, CultureInfo.InvariantCulture)));
            });
            rows.Sort(StringComparer.Ordinal);
            dump.Append("## ").Append(table).Append(' ').Append(rows.Count).Append('\n');
            foreach (var row in rows)
            {
                dump.Append(row).Append('\n');
            }
        }

        return dump.ToString();
    }

    public async Task<List<T>> QueryAsync<T>(string sql, Func<SqliteDataReader, T> map)
    {
        await using var connection = await Database.OpenAsync(CancellationToken.None);
        return SqlQuery.List(connection, sql, map);
    }

    public void Dispose()
    {
        _host.Dispose();
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(Root))
        {
            Directory.Delete(Root, recursive: true);
        }
    }
}
