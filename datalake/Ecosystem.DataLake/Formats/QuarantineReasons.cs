namespace Ecosystem.DataLake.Formats;

/// <summary>Why a file was quarantined: stable codes for scripts and the dashboard, each with a human sentence beside it.</summary>
public static class QuarantineReasons
{
    public const string EmptyFile = "empty_file";
    public const string UnreadableEncoding = "unreadable_encoding";
    public const string UnknownFormat = "unknown_format";
    public const string UnknownHeaderVariant = "unknown_header_variant";
    public const string AmbiguousFormat = "ambiguous_format";
    public const string RejectThreshold = "reject_threshold";
    public const string Unparseable = "unparseable";
    public const string UnreadableContainer = "unreadable_container";
}
