using Ecosystem.DataLake.Datasets;

namespace Ecosystem.DataLake.Formats;

/// <summary>
/// Base of every source format: a derived class gives detection and a pure parser over text; staging and curation
/// are the dataset's (<see cref="StagingFileWriter{TRow}"/>, <see cref="PartitionMerger{TRow}"/>).
/// </summary>
public abstract class SourceHandler<TRow> : ISourceHandler
    where TRow : class, ILakeRow
{
    public abstract string Source { get; }

    public abstract string Format { get; }

    public string Dataset => Contract.Name;

    public abstract DatasetContract<TRow> Contract { get; }

    public abstract FormatMatch Match(HeaderSample sample);

    /// <summary>Parses decoded text into rows or rejections. Pure: the same text always gives the same output.</summary>
    public abstract IEnumerable<ParsedRow<TRow>> Parse(TextReader reader, ParseContext context);

    /// <summary>
    /// <see cref="Parse(TextReader, ParseContext)"/> for staging, which hands rows it has written back in
    /// <paramref name="spares"/>. A parser of large files overrides it to take its rows from there (setting every
    /// property of a row it takes); by default every row is new.
    /// </summary>
    protected internal virtual IEnumerable<ParsedRow<TRow>> Parse(TextReader reader, ParseContext context, SpareRows<TRow> spares) => Parse(reader, context);

    /// <summary>
    /// Whether a file with this header line can be cut at any line end and each piece parsed on its own (with the
    /// header line before it): true only for formats whose records never span lines, such as an unquoted TSV. Such
    /// files are parsed on every core (<see cref="TextLineBlocks"/>).
    /// </summary>
    protected internal virtual bool SplitsAtLineEnds(string headerLine) => false;

    public Task<StagingFileResult> WriteStagingAsync(Stream raw, string encoding, ParseContext context, Stream output, CancellationToken cancellationToken) =>
        new StagingFileWriter<TRow>(Contract, Parse, SplitsAtLineEnds).WriteAsync(raw, encoding, context, output, cancellationToken);

    public PartitionMergeResult MergePartition(PartitionMergeRequest request, Stream output, CancellationToken cancellationToken) =>
        new PartitionMerger<TRow>(Contract).Merge(request, output, cancellationToken);
}
