namespace Ecosystem.DataLake.Pipeline;

/// <summary>
/// One pipeline at a time per data directory: an exclusive lock on <c>eco.lock</c> (flock on Linux). The
/// operating system releases it when the process dies, so a killed run never blocks the next one.
/// </summary>
public sealed class RunLock : IDisposable
{
    private readonly FileStream _file;

    private RunLock(FileStream file)
    {
        _file = file;
    }

    public static bool TryAcquire(string path, out RunLock? runLock)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        try
        {
            var file = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            runLock = new RunLock(file);
            return true;
        }
        catch (IOException)
        {
            runLock = null;
            return false;
        }
    }

    public void Dispose() => _file.Dispose();
}
