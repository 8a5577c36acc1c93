namespace Ecosystem.DataLake.Storage;

/// <summary>How the lake reads and writes files.</summary>
public static class LakeIo
{
    /// <summary>
    /// The buffer of every file stream and copy in the lake: large enough that a read or write is one system call
    /// per 80 KiB, and below the runtime's 85,000-byte large-object threshold. A 1 MiB buffer per stream landed on
    /// the large object heap, and every few of them forced a full collection (measured: hundreds per statement).
    /// </summary>
    public const int BufferSize = 80 * 1024;
}
