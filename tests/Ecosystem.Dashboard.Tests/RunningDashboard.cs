using Ecosystem.Warehouse.Schema;
using Microsoft.AspNetCore.Builder;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace Ecosystem.Dashboard.Tests;

/// <summary>The real dashboard on Kestrel at 127.0.0.1 on a free port, over a local lake in a temp folder.</summary>
internal sealed class RunningDashboard : IAsyncDisposable
{
    private RunningDashboard(WebApplication app, string root)
    {
        App = app;
        Root = root;
        BaseAddress = new Uri(app.Urls.First());
    }

    public WebApplication App { get; }

    public string Root { get; }

    public Uri BaseAddress { get; }

    public string DataDirectory => Path.Combine(Root, "data");

    public string Landing => Directory.CreateDirectory(Path.Combine(DataDirectory, "landing")).FullName;

    public static async Task<RunningDashboard> StartAsync(Dictionary<string, string?>? settings = null)
    {
        var root = Path.Combine(Path.GetTempPath(), "eco-dash-" + Guid.NewGuid().ToString("N"));
        var overrides = new Dictionary<string, string?>
        {
            ["DATA_DIR"] = Path.Combine(root, "data"),
            ["LAKE"] = "local",
            ["DASHBOARD_URLS"] = "http://127.0.0.1:0",
            ["DASHBOARD_CHANGE_CHECK_MS"] = "100",
            ["DASHBOARD_POLL_SECONDS"] = "1",
            ["DASHBOARD_DEMO"] = "off",
        };
        foreach (var (key, value) in settings ?? [])
        {
            overrides[key] = value;
        }

        var app = DashboardApp.Build([], overrides);
        await app.StartAsync();
        return new RunningDashboard(app, root);
    }

    /// <summary>Runs SQL against the dashboard's warehouse (migrated first): how tests seed known rows.</summary>
    public async Task ExecAsync(string sql)
    {
        var database = App.Services.GetRequiredService<WarehouseDatabase>();
        await database.MigrateAsync(CancellationToken.None);
        await using var connection = await database.OpenAsync(CancellationToken.None);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await App.StopAsync();
        await App.DisposeAsync();
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(Root))
        {
            Directory.Delete(Root, recursive: true);
        }
    }
}
