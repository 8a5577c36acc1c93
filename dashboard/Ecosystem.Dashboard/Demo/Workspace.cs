namespace Ecosystem.Dashboard.Demo;

/// <summary>Whether the dashboard shows the demo workspace, and where the user's own data lives.</summary>
public sealed record Workspace(bool IsDemo, string DataDirectory, string RealDataDirectory)
{
    /// <summary>
    /// <c>auto</c>: the demo when the data folder holds no lake yet (no manifest) and the lake is local — a fresh clone
    /// shows a working dashboard at once, and the first real <c>eco run</c> ends demo mode for good.
    /// </summary>
    public static Workspace Decide(DemoMode mode, string dataDirectory, bool localLake)
    {
        var real = Path.GetFullPath(dataDirectory);
        var demo = mode switch
        {
            DemoMode.On => true,
            DemoMode.Off => false,
            _ => localLake && !File.Exists(Path.Combine(real, "manifest.db")),
        };
        return new Workspace(demo, demo ? Path.Combine(real, "demo-workspace") : real, real);
    }
}

public enum DemoMode
{
    Auto,
    On,
    Off,
}
