namespace Ecosystem.DataLake.Datasets.StreamDaily;

/// <summary>What one <see cref="StreamDay"/> counts.</summary>
public static class StreamGranularity
{
    /// <summary>Every stream on the platform for the account.</summary>
    public const string PlatformTotal = "platform_total";

    /// <summary>One artist's streams.</summary>
    public const string Artist = "artist";

    /// <summary>One track's streams.</summary>
    public const string Track = "track";
}
