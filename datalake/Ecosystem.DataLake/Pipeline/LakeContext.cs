using Ecosystem.DataLake.Formats;
using Ecosystem.DataLake.Manifest;
using Ecosystem.DataLake.Storage;
using Microsoft.Extensions.Logging;

namespace Ecosystem.DataLake.Pipeline;

/// <summary>What every pipeline step works with. Built once per process by <see cref="LakeServiceCollectionExtensions.AddDataLake"/>.</summary>
public sealed record LakeContext(
    IObjectStore Store,
    LakeManifest Manifest,
    SourceRegistry Sources,
    LakeOptions Options,
    TimeProvider Clock,
    IPipelineProbe Probe,
    ILogger Logger);
