using Ecosystem.DataLake.Datasets;
using Ecosystem.DataLake.Datasets.RoyaltyLines;
using Ecosystem.DataLake.Manifest;
using Ecosystem.DataLake.Pipeline;
using Ecosystem.DataLake.Storage;
using Ecosystem.DataLake.Zones;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Ecosystem.DataLake.Tests.Fakes;

/// <summary>
/// A whole lake over a temp folder (local store) or a real S3 server, composed exactly as production does
/// (<see cref="LakeServiceCollectionExtensions.AddDataLake"/>), with a real SQLite manifest.
/// </summary>
internal sealed class TestLake : IDisposable
{
    private readonly IHost _host;

    private TestLake(string root, IHost host)
    {
        Root = root;
        _host = host;
    }

    public string Root { get; }

    public LakeRunner Runner => _host.Services.GetRequiredService<LakeRunner>();

    public LakeManifest Manifest => _host.Services.GetRequiredService<LakeManifest>();

    public IObjectStore Store => _host.Services.GetRequiredService<IObjectStore>();

    public LakeOptions Options => _host.Services.GetRequiredService<IOptions<LakeOptions>>().Value;

    public static async Task<TestLake> CreateAsync(string? root = null, IPipelineProbe? probe = null, string? s3BucketPrefix = null, double? rejectThreshold = null)
    {
        root ??= TestFiles.TempFolder();
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        var settings = new Dictionary<string, string?> { ["DATA_DIR"] = root };
        if (s3BucketPrefix is not null)
        {
            var s3 = S3TestServer.Settings(s3BucketPrefix);
            settings["LAKE"] = "s3";
            settings["S3_ENDPOINT"] = s3.Endpoint;
            settings["S3_ACCESS_KEY"] = s3.AccessKey;
            settings["S3_SECRET_KEY"] = s3.SecretKey;
            settings["S3_SECURE"] = "false";
            settings["S3_BUCKET_PREFIX"] = s3BucketPrefix;
        }

        if (rejectThreshold is not null)
        {
            settings["REJECT_THRESHOLD"] = rejectThreshold.Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        builder.Configuration.AddInMemoryCollection(settings);
        builder.Logging.ClearProviders();
        if (probe is not null)
        {
            builder.Services.AddSingleton(probe);
        }

        builder.AddDataLake();
        var host = builder.Build();
        host.Services.GetRequiredService<IStartupValidator>().Validate();
        var lake = new TestLake(root, host);
        await lake.Manifest.MigrateAsync(default);
        return lake;
    }

    public Task<RunSummary> IngestAsync(params string[] paths) => Runner.IngestAsync(paths, null, null, default);

    public Task<RunSummary> RunAsync() => Runner.RunAsync(null, default);

    /// <summary>Every row of curated <c>royalty_line</c>, read back from the Parquet files in the store.</summary>
    public Task<List<RoyaltyLine>> CuratedRoyaltyLinesAsync() => CuratedRowsAsync(RoyaltyLineContract.Instance);

    /// <summary>Every row of one curated dataset, read back from its Parquet files in the store.</summary>
    public async Task<List<TRow>> CuratedRowsAsync<TRow>(DatasetContract<TRow> contract)
        where TRow : class, ILakeRow
    {
        var rows = new List<TRow>();
        foreach (var key in await KeysAsync(Zone.Curated, $"dataset={contract.Name}/"))
        {
            await using var stream = await Store.OpenReadAsync(Zone.Curated, key, default);
            rows.AddRange(await DatasetParquetReader.ReadAllAsync(contract, stream, default));
        }

        return rows;
    }

    public async Task<List<string>> KeysAsync(Zone zone, string prefix = "")
    {
        var keys = new List<string>();
        await foreach (var item in Store.ListAsync(zone, prefix, default))
        {
            keys.Add(item.Key);
        }

        return keys;
    }

    public void Dispose() => _host.Dispose();
}
