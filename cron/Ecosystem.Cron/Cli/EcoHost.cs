using Ecosystem.DataLake;
using Ecosystem.Warehouse;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Ecosystem.Cron.Cli;

/// <summary>
/// Builds the services a command needs: settings from the environment (and <c>.env</c> when present, never
/// overriding a real variable), validated before anything runs; logs as one structured line each on stderr.
/// </summary>
public static class EcoHost
{
    public static IHost Build(IReadOnlyDictionary<string, string?>? overrides = null, LogLevel minimumLevel = LogLevel.Information, Action<IServiceCollection>? configure = null)
    {
        LoadDotEnv();
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true, ContentRootPath = Directory.GetCurrentDirectory() });
        builder.Configuration.AddEnvironmentVariables(LakeOptions.EnvironmentPrefix);
        if (overrides is not null)
        {
            builder.Configuration.AddInMemoryCollection(overrides);
        }

        builder.Logging.ClearProviders();
        builder.Logging.SetMinimumLevel(minimumLevel);
        builder.Logging.AddSimpleConsole(options =>
        {
            options.SingleLine = true;
            options.UseUtcTimestamp = true;
            options.TimestampFormat = "yyyy-MM-dd'T'HH:mm:ss.fff'Z' ";
        });
        builder.Services.Configure<Microsoft.Extensions.Logging.Console.ConsoleLoggerOptions>(options => options.LogToStandardErrorThreshold = LogLevel.Trace);
        builder.AddDataLake();
        builder.AddWarehouse();
        configure?.Invoke(builder.Services);
        var host = builder.Build();
        host.Services.GetRequiredService<IStartupValidator>().Validate();
        return host;
    }

    private static void LoadDotEnv()
    {
        var path = Path.Combine(Directory.GetCurrentDirectory(), ".env");
        if (File.Exists(path))
        {
            DotNetEnv.Env.Load(path, DotNetEnv.Env.NoClobber());
        }
    }
}
