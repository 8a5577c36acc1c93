namespace Ecosystem.Cron.Cli;

/// <summary>The exit codes scripts and cron rely on.</summary>
public static class ExitCodes
{
    public const int Ok = 0;
    public const int Failed = 1;
    public const int Usage = 2;

    /// <summary>The run finished, but some files were quarantined.</summary>
    public const int Partial = 3;

    /// <summary>Another run holds the lake lock; this one did nothing.</summary>
    public const int Locked = 4;
}
