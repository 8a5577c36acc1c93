using System.Text.Json;
using System.Text.Json.Serialization;
using Ecosystem.Dashboard.Exports;
using Ecosystem.Dashboard.Live;
using Ecosystem.Dashboard.Pipeline;
using Ecosystem.Dashboard.Security;
using Ecosystem.DataLake;
using Ecosystem.Warehouse;
using Microsoft.AspNetCore.Authentication.Cookies;

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
        var builder = WebApplication.CreateBuilder(args);
        builder.Configuration.AddEnvironmentVariables(LakeOptions.EnvironmentPrefix);
        if (overrides is not null)
        {
            builder.Configuration.AddInMemoryCollection(overrides);
        }

        var dashboard = builder.Configuration.Get<DashboardOptions>() ?? new DashboardOptions();
        var urls = builder.Configuration["ASPNETCORE_URLS"] ?? dashboard.Urls;
        BindingGuard.Check(urls, dashboard);
        builder.WebHost.UseUrls(urls);

        builder.Services.AddOptions<DashboardOptions>().Bind(builder.Configuration).ValidateDataAnnotations().ValidateOnStart();
        builder.AddDataLake();
        builder.AddWarehouse();
        builder.Services.ConfigureHttpJsonOptions(options => options.SerializerOptions.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower)));
        builder.Services.AddSignalR().AddJsonProtocol(options => options.PayloadSerializerOptions.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower)));
        builder.Services.AddSingleton<KpiFeed>();
        builder.Services.AddHostedService(provider => provider.GetRequiredService<KpiFeed>());
        builder.Services.AddSingleton<PipelineWorker>();
        builder.Services.AddHostedService(provider => provider.GetRequiredService<PipelineWorker>());
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

        var hub = app.MapHub<KpiHub>(KpiHub.Path);
        var status = app.MapLakeStatus();
        if (loginRequired)
        {
            hub.RequireAuthorization();
            status.RequireAuthorization();
        }

        app.MapExports();
        return app;
    }
}
