using Ecosystem.DataLake.Formats;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Ecosystem.DataLake.Tests.Fakes;

/// <summary>Every source handler exactly as production registers them (<see cref="LakeServiceCollectionExtensions.AddDataLake"/>).</summary>
internal static class Registry
{
    private static readonly Lazy<SourceRegistry> Instance = new(() =>
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["DATA_DIR"] = TestFiles.TempFolder() });
        builder.AddDataLake();
        return builder.Build().Services.GetRequiredService<SourceRegistry>();
    });

    public static SourceRegistry Sources => Instance.Value;

    /// <summary>What detection concludes about a golden file: the format, or the quarantine reason code.</summary>
    public static string Detect(string file)
    {
        var detection = Sources.Detect(GoldenFiles.Sample(file));
        return detection.Handler?.Format ?? detection.ReasonCode!;
    }
}
