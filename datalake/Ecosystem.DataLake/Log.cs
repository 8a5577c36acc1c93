using Microsoft.Extensions.Logging;

namespace Ecosystem.DataLake;

/// <summary>The lake's log events (ids 1xxx). Templates only: values are structured, never concatenated.</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 1101, Level = LogLevel.Information, Message = "Landed {Name} as {Sha256} ({Bytes} bytes)")]
    public static partial void Landed(ILogger logger, string name, string sha256, long bytes);

    [LoggerMessage(EventId = 1102, Level = LogLevel.Information, Message = "Duplicate {Name}: same bytes as {Sha256}, not promoted again")]
    public static partial void Duplicate(ILogger logger, string name, string sha256);

    [LoggerMessage(EventId = 1103, Level = LogLevel.Information, Message = "Adopted {Count} unrecorded landing objects")]
    public static partial void Adopted(ILogger logger, int count);

    [LoggerMessage(EventId = 1201, Level = LogLevel.Information, Message = "Raw {Name}: {Format} ({Layout}, {Encoding})")]
    public static partial void Detected(ILogger logger, string name, string format, string? layout, string encoding);

    [LoggerMessage(EventId = 1202, Level = LogLevel.Warning, Message = "Quarantined {Name}: {ReasonCode}: {Reason}")]
    public static partial void Quarantined(ILogger logger, string name, string reasonCode, string reason);

    [LoggerMessage(EventId = 1301, Level = LogLevel.Information, Message = "Staged {Name}: {Rows} rows, {Rejected} rejected, {Partitions} partitions")]
    public static partial void Staged(ILogger logger, string name, long rows, long rejected, int partitions);

    [LoggerMessage(EventId = 1302, Level = LogLevel.Information, Message = "Decoding {Name} as UTF-8 failed; falling back to Windows-1252")]
    public static partial void EncodingFallback(ILogger logger, string name);

    [LoggerMessage(EventId = 1401, Level = LogLevel.Information, Message = "Curated {Name}: {Partitions} partitions of {Dataset} now hold {Rows} rows")]
    public static partial void Curated(ILogger logger, string name, string dataset, int partitions, long rows);

    [LoggerMessage(EventId = 1501, Level = LogLevel.Error, Message = "Processing {Name} ({Sha256}) failed at {Step}; it stays pending for the next run")]
    public static partial void StepFailed(ILogger logger, Exception exception, string name, string sha256, string step);

    [LoggerMessage(EventId = 1502, Level = LogLevel.Warning, Message = "Marked {Count} runs that died mid-way as aborted")]
    public static partial void AbortedRuns(ILogger logger, int count);

    [LoggerMessage(EventId = 1503, Level = LogLevel.Information, Message = "Run {RunId} finished {Status}: {Promoted} curated, {Quarantined} quarantined, {Failed} failed, {Rows} rows")]
    public static partial void RunFinished(ILogger logger, string runId, string status, int promoted, int quarantined, int failed, long rows);

    [LoggerMessage(EventId = 1205, Level = LogLevel.Information, Message = "Unpacked {Entry} from {Container} (already known: {Duplicate})")]
    public static partial void Unpacked(ILogger logger, string entry, string container, bool duplicate);
}
