using System.Diagnostics;
using System.Globalization;

namespace Ecosystem.Cron.Bench;

/// <summary>
/// Peak resident memory of this process (VmHWM on Linux). <see cref="Reset"/> clears the high-water mark through
/// <c>/proc/self/clear_refs</c>, so each benchmark stage reports its own peak.
/// </summary>
internal static class PeakMemory
{
    public static bool Reset()
    {
        try
        {
            File.WriteAllText("/proc/self/clear_refs", "5");
            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    public static long PeakBytes()
    {
        try
        {
            foreach (var line in File.ReadLines("/proc/self/status"))
            {
                if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
                {
                    var kb = line["VmHWM:".Length..].Trim().Split(' ')[0];
                    return long.Parse(kb, CultureInfo.InvariantCulture) * 1024;
                }
            }
        }
        catch (IOException)
        {
            // Not Linux: fall through to the runtime's own figure.
        }

        using var process = Process.GetCurrentProcess();
        return process.PeakWorkingSet64;
    }
}
