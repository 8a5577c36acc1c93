using Ecosystem.Dashboard.Pipeline;
using Ecosystem.DataLake;
using Ecosystem.DataLake.Pipeline;
using Ecosystem.DataLake.Zones;
using Microsoft.Extensions.Options;

namespace Ecosystem.Dashboard.Uploads;

/// <summary>
/// What became of one uploaded file: <c>landed</c>, <c>duplicate</c>, <c>refused</c> or <c>failed</c>, with a reason, and
/// the SHA-256 it landed under (null when it did not land), by which the Upload page follows it through the pipeline.
/// </summary>
public sealed record UploadResult(string Name, string Outcome, string? Reason, string? Sha256 = null);

/// <summary>
/// Lands an uploaded export exactly as <c>eco ingest</c> would (hashed once, duplicates recognised), under a name made
/// safe by the lake — never a path the client sent — then wakes the pipeline worker. Files over
/// <c>ECO_UPLOAD_MAX_MB</c> are refused with the reason.
/// </summary>
public sealed class UploadService(LakeRunner runner, PipelineWorker worker, IOptions<LakeOptions> lake, IOptions<DashboardOptions> options)
{
    public const int MaxFiles = 50;

    public long MaxBytes => options.Value.UploadMaxMegabytes * 1024L * 1024L;

    public async Task<UploadResult> LandAsync(string clientName, long size, Func<Stream> open, CancellationToken cancellationToken)
    {
        var name = ObjectKeys.SafeName(clientName);
        if (size > MaxBytes)
        {
            return new UploadResult(name, "refused", $"larger than the {options.Value.UploadMaxMegabytes} MB upload limit");
        }

        // Not under the lake's scratch folder: a run resets that one.
        var folder = Path.Combine(lake.Value.FullDataDirectory, "uploads", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            var path = Path.Combine(folder, name);
            await using (var input = open())
            await using (var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16, FileOptions.Asynchronous))
            {
                await input.CopyToAsync(file, cancellationToken);
            }

            var summary = await runner.IngestAsync([path], null, null, cancellationToken);
            var outcome = summary.Files.Single();
            worker.Wake();
            return new UploadResult(name, outcome.Outcome, outcome.Reason, outcome.Sha256);
        }
        catch (IOException ex)
        {
            return new UploadResult(name, "failed", ex.Message);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
