using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text.Json;
using Ecosystem.DataLake.Zones;

namespace Ecosystem.DataLake.Storage;

/// <summary>
/// The embedded default lake: one folder per zone under the data directory. Every write goes to a hidden temp
/// file in the same folder, is flushed to disk, then renamed over the target (rename is atomic on one file system).
/// Metadata lives in a hidden sidecar (<c>.{name}.meta.json</c>) beside the object; hidden files never show in listings,
/// so Hive readers (DuckDB, Spark, Trino) see only the data files.
/// </summary>
public sealed partial class LocalFolderObjectStore : IObjectStore
{
    private const int BufferSize = LakeIo.BufferSize;
    private readonly string _root;

    public LocalFolderObjectStore(string root)
    {
        _root = Path.GetFullPath(root);
    }

    public string Root => _root;

    public Task EnsureZonesAsync(CancellationToken cancellationToken)
    {
        foreach (var zone in ZoneNames.All)
        {
            Directory.CreateDirectory(Path.Combine(_root, zone.FolderName()));
        }

        return Task.CompletedTask;
    }

    public async Task<StoredObject> PutAsync(Zone zone, string key, Stream content, IReadOnlyDictionary<string, string> metadata, CancellationToken cancellationToken)
    {
        var path = PathOf(zone, key);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temp = TempPathFor(path);
        long size;
        try
        {
            await using (var file = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, BufferSize, FileOptions.Asynchronous))
            {
                await content.CopyToAsync(file, BufferSize, cancellationToken);
                await file.FlushAsync(cancellationToken);
                file.Flush(flushToDisk: true);
                size = file.Length;
            }

            await WriteSidecarAsync(path, metadata, cancellationToken);
            File.Move(temp, path, overwrite: true);
        }
        catch (Exception) when (DeleteQuietly(temp))
        {
            throw;
        }

        return new StoredObject(zone, key, size, Copy(metadata));
    }

    public async Task<StoredObject?> StatAsync(Zone zone, string key, CancellationToken cancellationToken)
    {
        var path = PathOf(zone, key);
        var info = new FileInfo(path);
        if (!info.Exists)
        {
            return null;
        }

        return new StoredObject(zone, key, info.Length, await ReadSidecarAsync(path, cancellationToken));
    }

    public Task<Stream> OpenReadAsync(Zone zone, string key, CancellationToken cancellationToken)
    {
        var path = PathOf(zone, key);
        try
        {
            Stream stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read | FileShare.Delete, BufferSize, FileOptions.Asynchronous | FileOptions.SequentialScan);
            return Task.FromResult(stream);
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new ObjectNotFoundException(zone, key);
        }
    }

    public async Task<byte[]> ReadHeadAsync(Zone zone, string key, int count, CancellationToken cancellationToken)
    {
        await using var stream = await OpenReadAsync(zone, key, cancellationToken);
        var buffer = new byte[(int)Math.Min(count, stream.Length)];
        await stream.ReadExactlyAsync(buffer, cancellationToken);
        return buffer;
    }

    public async Task CopyAsync(Zone fromZone, string fromKey, Zone toZone, string toKey, IReadOnlyDictionary<string, string>? metadata, CancellationToken cancellationToken)
    {
        var from = PathOf(fromZone, fromKey);
        if (!File.Exists(from))
        {
            throw new ObjectNotFoundException(fromZone, fromKey);
        }

        var to = PathOf(toZone, toKey);
        Directory.CreateDirectory(Path.GetDirectoryName(to)!);
        var temp = TempPathFor(to);
        try
        {
            // Objects are never written in place (every write is a new file renamed over the key), so a copy can
            // share the source's bytes through a hard link: a 600 MB statement reaches raw without being copied.
            if (!TryHardLink(from, temp))
            {
                File.Copy(from, temp);
                await using var file = new FileStream(temp, FileMode.Open, FileAccess.ReadWrite, FileShare.None);
                file.Flush(flushToDisk: true);
            }

            await WriteSidecarAsync(to, metadata ?? await ReadSidecarAsync(from, cancellationToken), cancellationToken);
            File.Move(temp, to, overwrite: true);
        }
        catch (Exception) when (DeleteQuietly(temp))
        {
            throw;
        }
    }

    public async Task MoveAsync(Zone zone, string fromKey, string toKey, IReadOnlyDictionary<string, string> metadata, CancellationToken cancellationToken)
    {
        var from = PathOf(zone, fromKey);
        if (!File.Exists(from))
        {
            throw new ObjectNotFoundException(zone, fromKey);
        }

        var to = PathOf(zone, toKey);
        Directory.CreateDirectory(Path.GetDirectoryName(to)!);
        await WriteSidecarAsync(to, metadata, cancellationToken);
        File.Move(from, to, overwrite: true);
        DeleteQuietly(SidecarPath(from));
    }

    public Task DeleteAsync(Zone zone, string key, CancellationToken cancellationToken)
    {
        var path = PathOf(zone, key);
        File.Delete(path);
        File.Delete(SidecarPath(path));
        return Task.CompletedTask;
    }

    public async IAsyncEnumerable<StoredObject> ListAsync(Zone zone, string prefix, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var zoneRoot = Path.Combine(_root, zone.FolderName());
        if (!Directory.Exists(zoneRoot))
        {
            yield break;
        }

        var found = new List<(string Key, long Size)>();
        var options = new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = FileAttributes.Hidden, IgnoreInaccessible = true };
        foreach (var file in Directory.EnumerateFiles(zoneRoot, "*", options))
        {
            var key = Path.GetRelativePath(zoneRoot, file).Replace(Path.DirectorySeparatorChar, '/');
            if (IsHidden(key) || !key.StartsWith(prefix, StringComparison.Ordinal))
            {
                continue;
            }

            found.Add((key, new FileInfo(file).Length));
        }

        found.Sort((a, b) => string.CompareOrdinal(a.Key, b.Key));
        foreach (var (key, size) in found)
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return new StoredObject(zone, key, size, ObjectMetadataKeys.Empty);
        }

        await Task.CompletedTask;
    }

    /// <summary>Temp files a killed process left behind. They are never objects; the next run deletes them.</summary>
    public int DeleteAbandonedTempFiles()
    {
        var deleted = 0;
        if (!Directory.Exists(_root))
        {
            return 0;
        }

        foreach (var file in Directory.EnumerateFiles(_root, ".*.tmp", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0 }))
        {
            if (DeleteQuietly(file))
            {
                deleted++;
            }
        }

        return deleted;
    }

    private static bool TryHardLink(string existing, string link) =>
        (OperatingSystem.IsLinux() || OperatingSystem.IsMacOS()) && Link(existing, link) == 0;

    [LibraryImport("libc", EntryPoint = "link", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int Link(string existing, string link);

    private string PathOf(Zone zone, string key)
    {
        ObjectKeyValidator.Validate(key);
        return Path.Combine(_root, zone.FolderName(), key.Replace('/', Path.DirectorySeparatorChar));
    }

    private static bool IsHidden(string key) => key.Split('/').Any(segment => segment.StartsWith('.'));

    private static string TempPathFor(string path) =>
        Path.Combine(Path.GetDirectoryName(path)!, $".{Path.GetFileName(path)}.{Guid.NewGuid():N}.tmp");

    private static string SidecarPath(string path) =>
        Path.Combine(Path.GetDirectoryName(path)!, $".{Path.GetFileName(path)}.meta.json");

    private static async Task WriteSidecarAsync(string path, IReadOnlyDictionary<string, string> metadata, CancellationToken cancellationToken)
    {
        var sidecar = SidecarPath(path);
        var temp = TempPathFor(sidecar);
        await using (var file = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None))
        {
            await JsonSerializer.SerializeAsync(file, Copy(metadata), cancellationToken: cancellationToken);
            file.Flush(flushToDisk: true);
        }

        File.Move(temp, sidecar, overwrite: true);
    }

    private static async Task<IReadOnlyDictionary<string, string>> ReadSidecarAsync(string path, CancellationToken cancellationToken)
    {
        var sidecar = SidecarPath(path);
        if (!File.Exists(sidecar))
        {
            return ObjectMetadataKeys.Empty;
        }

        await using var file = File.OpenRead(sidecar);
        return await JsonSerializer.DeserializeAsync<Dictionary<string, string>>(file, cancellationToken: cancellationToken)
            ?? new Dictionary<string, string>(StringComparer.Ordinal);
    }

    private static Dictionary<string, string> Copy(IReadOnlyDictionary<string, string> metadata) =>
        new(metadata.Select(pair => KeyValuePair.Create(pair.Key.ToLowerInvariant(), pair.Value)), StringComparer.Ordinal);

    private static bool DeleteQuietly(string path)
    {
        try
        {
            File.Delete(path);
            return true;
        }
        catch (IOException)
        {
            return false;
        }
        catch (UnauthorizedAccessException)
        {
            return false;
        }
    }
}
