namespace Ecosystem.DataLake.Formats;

/// <summary>
/// A pluggable source format: recognises its files by content and turns them into one canonical dataset.
/// Implementations derive from <see cref="SourceHandler{TRow}"/>; the pipeline only sees this interface.
/// </summary>
public interface ISourceHandler
{
    /// <summary>Source id, e.g. <c>distrokid</c>.</summary>
    string Source { get; }

    /// <summary>Canonical dataset the format feeds, e.g. <c>royalty_line</c>.</summary>
    string Dataset { get; }

    /// <summary>Format id recorded in the manifest, e.g. <c>distrokid.bank_statement</c>.</summary>
    string Format { get; }

    FormatMatch Match(HeaderSample sample);

    /// <summary>Parses the raw bytes and writes the typed rows to a Parquet staging file.</summary>
    Task<StagingFileResult> WriteStagingAsync(Stream raw, string encoding, ParseContext context, Stream output, CancellationToken cancellationToken);

    /// <summary>Merges one partition's staged rows into the previous curated version and writes the new version.</summary>
    PartitionMergeResult MergePartition(PartitionMergeRequest request, Stream output, CancellationToken cancellationToken);
}
