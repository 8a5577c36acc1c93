using Ecosystem.DataLake.Zones;

namespace Ecosystem.Dashboard.Pipeline;

/// <summary>
/// The files a person or a tool dropped into a local landing folder — not the lake's own writes
/// (<see cref="IsLakeWrite"/>) — and when the latest of them was last written. The worker starts a run
/// once that is at least its settle time ago, so a file still being copied is never taken half-written, while a file
/// moved in whole (its bytes written earlier) is taken at once.
/// </summary>
public static class LandingFolder
{
    /// <summary>
    /// The lake's own writes into landing — hidden temp files and metadata sidecars, <c>_incoming/</c>, and objects it
    /// keyed under <c>…/ingest_date=…/</c> when it adopted a dropped file — are not new files: waking on them would start
    /// an empty run after every run and delay the next real file. (The poll tick still looks at everything.)
    /// </summary>
    public static bool IsLakeWrite(string? relativePath)
    {
        if (string.IsNullOrEmpty(relativePath))
        {
            return false;
        }

        var segments = relativePath.Split(Path.DirectorySeparatorChar, '/');
        return relativePath.StartsWith(ObjectKeys.IncomingPrefix.TrimEnd('/'), StringComparison.Ordinal)
            || segments.Any(segment => segment.StartsWith('.') || segment.StartsWith("ingest_date=", StringComparison.Ordinal));
    }

    /// <summary>The latest last-write time of a dropped file, or null when there is none.</summary>
    public static DateTimeOffset? LatestDroppedWrite(string landing)
    {
        DateTimeOffset? latest = null;
        var pending = new Stack<string>([landing]);
        while (pending.TryPop(out var folder))
        {
            try
            {
                foreach (var entry in new DirectoryInfo(folder).EnumerateFileSystemInfos())
                {
                    var relative = Path.GetRelativePath(landing, entry.FullName);
                    if (IsLakeWrite(relative))
                    {
                        continue;
                    }

                    if (entry is DirectoryInfo)
                    {
                        pending.Push(entry.FullName);
                    }
                    else if (new DateTimeOffset(entry.LastWriteTimeUtc, TimeSpan.Zero) is var written && (latest is null || written > latest))
                    {
                        latest = written;
                    }
                }
            }
            catch (Exception ex) when (ex is DirectoryNotFoundException or IOException or UnauthorizedAccessException)
            {
                // A folder that went away (the lake adopted its file) or cannot be read: nothing dropped there to wait for.
            }
        }

        return latest;
    }
}
