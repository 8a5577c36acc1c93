using Ecosystem.DataLake.Hashing;
using Ecosystem.DataLake.Storage;

namespace Ecosystem.DataLake.Pipeline;

/// <summary>
/// The local scratch folder (<c>{ECO_DATA_DIR}/tmp</c>) where Parquet files are written before they go into the
/// store. Only the lock holder uses it, so a run starts by emptying it: whatever is there was left by a dead run.
/// </summary>
public sealed class LakeWorkspace(LakeOptions options)
{
    public string Root => options.TempDirectory;

    public void Reset()
    {
        if (Directory.Exists(Root))
        {
            Directory.Delete(Root, recursive: true);
        }

        Directory.CreateDirectory(Root);
    }

    public string ContainerFile(string sha256) => Path.Combine(Root, $"{sha256}.container");

    public string StagingFile(string sha256) => Path.Combine(Root, $"{sha256}.staging.parquet");

    public string CuratedFile(string sha256, string partition) => Path.Combine(Root, $"{sha256}.{partition.Replace('/', '_')}.curated.parquet");

    public static async Task<string> HashFileAsync(string path, CancellationToken cancellationToken)
    {
        await using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, LakeIo.BufferSize, FileOptions.Asynchronous | FileOptions.SequentialScan);
        await using var hashing = new Sha256ReadStream(file);
        await hashing.CopyToAsync(Stream.Null, LakeIo.BufferSize, cancellationToken);
        return hashing.HashHex();
    }
}
