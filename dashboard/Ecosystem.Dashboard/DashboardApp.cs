using System.Text.Json;
using System.Text.Json.Serialization;
using Ecosystem.Dashboard.Demo;
using Ecosystem.Dashboard.Exports;
using Ecosystem.Dashboard.Live;
using Ecosystem.Dashboard.OData;
using Ecosystem.Dashboard.Pipeline;
using Ecosystem.Dashboard.Security;
using Ecosystem.Dashboard.Uploads;
using Ecosystem.DataLake;
using Ecosystem.Warehouse;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.OData;

namespace Ecosystem.Dashboard;

/// <summary>
/// Builds the dashboard process: settings from <c>ECO_*</c> variables (validated at start-up), the binding guard, the
/// lake and warehouse services, the KPI feed and its SignalR hub, the pipeline worker, exports and — when a password
/// is set — the cookie login in front of everything but <c>/exports</c> (which takes the API key).
/// </summary>
public static class DashboardApp
{
    public static WebApplication Build(string[] args, IReadOnlyDictionary<string, string?>? overrides = null)
    {
        // The application name and content root are the dashboard's own, also when a test host starts it in-process.
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = args,
            ApplicationName = typeof(DashboardApp).Assembly.GetName().Name,
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.Configuration.AddEnvironmentVariables(LakeOptions.EnvironmentPrefix);
        if (overrides is not null)
        {
            builder.Configuration.AddInMemoryCollection(overrides);
        }

        var dashboard = builder.Configuration.Get<DashboardOptions>() ?? new DashboardOptions();
        var urls = builder.Configuration["ASPNETCORE_URLS"] ?? dashboard.Urls;
        BindingGuard.Check(urls, dashboard);
        builder.WebHost.UseUrls(urls);

        // Serve the framework's and our static files from the build output's manifest in every environment (a
        // published app has them in wwwroot instead, and the manifest is simply absent).
        builder.WebHost.UseStaticWebAssets();

        // A fresh data folder shows the demo workspace, in a folder of its own: never mixed with the user's lake.
        var workspace = Workspace.Decide(dashboard.Demo, builder.Configuration["DATA_DIR"] ?? "./data", !string.Equals(builder.Configuration["LAKE"], "s3", StringComparison.OrdinalIgnoreCase));
        if (workspace.IsDemo)
        {
            builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["DATA_DIR"] = workspace.DataDirectory,
                ["LAKE"] = "local",
                ["WAREHOUSE_PATH"] = Path.Combine(workspace.DataDirectory, "warehouse.db"),
            });
        }

        builder.Services.AddSingleton(workspace);
        builder.Services.AddOptions<DashboardOptions>().Bind(builder.Configuration).ValidateDataAnnotations().ValidateOnStart();
        builder.AddDataLake();
        builder.AddWarehouse();
        builder.Services.ConfigureHttpJsonOptions(options => options.SerializerOptions.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower)));
        builder.Services.AddSignalR().AddJsonProtocol(options => options.PayloadSerializerOptions.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower)));
        builder.Services.AddHostedService<StartupMigrations>(); // first: the others start after it
        builder.Services.AddSingleton<KpiFeed>();
        builder.Services.AddHostedService(provider => provider.GetRequiredService<KpiFeed>());
        builder.Services.AddRazorComponents().AddInteractiveServerComponents();
        var feed = FeedModel.Build();
        builder.Services.AddSingleton(feed);
        builder.Services.AddControllers().AddOData(options =>
        {
            options.AddRouteComponents("odata", feed.Model);
            options.Conventions.Add(new WarehouseFeedConvention());
        });
        builder.Services.AddSingleton<UploadService>();
        builder.Services.AddSingleton<LakeReports>();
        builder.Services.AddSingleton<PipelineWorker>();
        builder.Services.AddHostedService(provider => provider.GetRequiredService<PipelineWorker>());
        if (workspace.IsDemo)
        {
            builder.Services.AddHostedService<DemoWorkspaceSeeder>();
        }

        var loginRequired = !string.IsNullOrWhiteSpace(dashboard.Password);
        if (loginRequired)
        {
            builder.Services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme).AddCookie(options =>
            {
                options.LoginPath = "/login";
                options.Cookie.HttpOnly = true;
                options.Cookie.SameSite = SameSiteMode.Strict;
            });
            builder.Services.AddAuthorization();
        }

        var app = builder.Build();
        if (loginRequired)
        {
            app.UseAuthentication();
            app.UseAuthorization();
            app.MapLogin();
        }

        // /odata (the feed and its $metadata) takes the same key as /exports.
        app.UseWhen(http => http.Request.Path.StartsWithSegments("/odata", StringComparison.OrdinalIgnoreCase), odata => odata.Use(async (http, next) =>
        {
            if (!ApiKeys.Accepts(http, http.RequestServices.GetRequiredService<Microsoft.Extensions.Options.IOptions<DashboardOptions>>().Value))
            {
                http.Response.StatusCode = StatusCodes.Status401Unauthorized;
                await http.Response.WriteAsync(ApiKeys.Refusal, http.RequestAborted);
                return;
            }

            await next(http);
        }));
        app.UseAntiforgery();
        app.MapStaticAssets();
        var pages = app.MapRazorComponents<Components.App>().AddInteractiveServerRenderMode();
        var hub = app.MapHub<KpiHub>(KpiHub.Path);
        var status = app.MapLakeStatus();
        if (loginRequired)
        {
            pages.RequireAuthorization();
            hub.RequireAuthorization();
            status.RequireAuthorization();
        }

        // Data over HTTP: exports, lineage tables, quarantined files and curated versions, behind the API key.
        var data = app.MapGroup(string.Empty).RequireApiKey();
        data.MapExports();
        data.MapQuarantine();
        data.MapLineageExports();
        app.MapControllers();
        var powerBi = app.MapPowerBi();
        if (loginRequired)
        {
            powerBi.RequireAuthorization();
        }

        return app;
    }
}
