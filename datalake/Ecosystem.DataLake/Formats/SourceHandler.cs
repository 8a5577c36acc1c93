using System.Threading.Channels;
using Ecosystem.DataLake.Datasets;
using Ecosystem.DataLake.Manifest;
using Ecosystem.DataLake.Zones;

namespace Ecosystem.DataLake.Formats;

/// <summary>
/// Base of every source format. A derived class gives detection and a pure parser over text; this class turns the
/// parser's rows into a staging Parquet file (row groups grouped by partition, memory bounded) and merges a
/// partition's rows into its curated version on the dataset's natural key.
/// </summary>
public abstract class SourceHandler<TRow> : ISourceHandler
    where TRow : class, ILakeRow
{
    /// <summary>A partition's buffered rows become a row group once they reach this many.</summary>
    private const int PartitionFlushRows = 32 * 1024;

    /// <summary>All partitions are flushed once this many rows are buffered in total (bounds memory).</summary>
    private const int TotalFlushRows = 64 * 1024;

    private const int CuratedRowGroupRows = 64 * 1024;

    public abstract string Source { get; }

    public abstract string Format { get; }

    public string Dataset => Contract.Name;

    public abstract DatasetContract<TRow> Contract { get; }

    public abstract FormatMatch Match(HeaderSample sample);

    /// <summary>Parses decoded text into rows or rejections. Pure: the same text always gives the same output.</summary>
    public abstract IEnumerable<ParsedRow<TRow>> Parse(TextReader reader, ParseContext context);

    public async Task<StagingFileResult> WriteStagingAsync(Stream raw, string encoding, ParseContext context, Stream output, CancellationToken cancellationToken)
    {
        var batches = Channel.CreateBounded<(PartitionKey Partition, List<TRow> Rows)>(new BoundedChannelOptions(2) { SingleReader = true, SingleWriter = true });
        var rejects = new List<RejectedRow>();
        long rejectedCount = 0;
        Exception? parseFailure = null;
        using var stopParser = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var producer = Task.Run(
            async () =>
            {
                try
                {
                    rejectedCount = await ProduceBatchesAsync(raw, encoding, context, batches.Writer, rejects, stopParser.Token);
                }
                catch (Exception ex)
                {
                    parseFailure = ex;
                }
                finally
                {
                    batches.Writer.Complete();
                }
            },
            CancellationToken.None);

        var groups = new Dictionary<PartitionKey, List<int>>();
        long rows;
        await using (var writer = await DatasetParquetWriter<TRow>.CreateAsync(Contract, output, cancellationToken, Contract.StagingColumns))
        {
            try
            {
                await foreach (var (partition, batch) in batches.Reader.ReadAllAsync(cancellationToken))
                {
                    if (!groups.TryGetValue(partition, out var indexes))
                    {
                        groups[partition] = indexes = [];
                    }

                    indexes.Add(writer.RowGroupCount);
                    await writer.WriteRowGroupAsync(batch, cancellationToken);
                }
            }
            finally
            {
                // A writer failure stops the parser; after a normal end this changes nothing (the parser is done).
                await stopParser.CancelAsync();
                await producer;
            }

            if (parseFailure is not null)
            {
                System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(parseFailure);
            }

            rows = writer.RowCount;
            writer.SetMetadata(StagingMetadata.Describe(groups, context));
        }

        return new StagingFileResult(rows, rejectedCount, rejects, groups.ToDictionary(pair => pair.Key, pair => (IReadOnlyList<int>)pair.Value));
    }

    public async Task<PartitionMergeResult> MergePartitionAsync(Stream staging, IReadOnlyList<int> rowGroups, Stream? previousVersion, Stream output, string runId, CancellationToken cancellationToken)
    {
        var incoming = new List<TRow>();
        string source, sourceSha256;
        await using (var reader = await DatasetParquetReader.OpenAsync(staging, cancellationToken))
        {
            (source, sourceSha256, _) = StagingMetadata.FileValues(reader.CustomMetadata);
            foreach (var group in rowGroups)
            {
                incoming.AddRange(await DatasetParquetReader.ReadRowGroupAsync(Contract, reader, group, cancellationToken));
            }
        }

        var previous = previousVersion is null ? [] : await DatasetParquetReader.ReadAllAsync(Contract, previousVersion, cancellationToken);
        var merged = Merge(incoming, previous, source, sourceSha256, runId);
        merged.Sort(Contract.Order);
        await using var writer = await DatasetParquetWriter<TRow>.CreateAsync(Contract, output, cancellationToken);
        for (var start = 0; start < merged.Count; start += CuratedRowGroupRows)
        {
            await writer.WriteRowGroupAsync(merged.GetRange(start, Math.Min(CuratedRowGroupRows, merged.Count - start)), cancellationToken);
        }

        return new PartitionMergeResult(incoming.Count, merged.Count);
    }

    /// <summary>
    /// Numbers repeated identical rows of this file (occurrence 1, 2, …) and lays them over the previous version on
    /// the natural key: a row of this file replaces the same fact in the previous version, other rows are added.
    /// The dictionaries live only here, so they are garbage before the merged rows are written.
    /// </summary>
    private List<TRow> Merge(List<TRow> incoming, List<TRow> merged, string source, string sourceSha256, string runId)
    {
        var occurrences = new Dictionary<TRow, int>(incoming.Count, Contract.Identity);
        foreach (var row in incoming)
        {
            // Stamp the per-file values first: they are part of the identity the dictionary hashes.
            row.Source = source;
            row.SourceSha256 = sourceSha256;
            row.RunId = runId;
            var occurrence = occurrences.GetValueOrDefault(row) + 1;
            occurrences[row] = occurrence;
            row.Occurrence = occurrence;
        }

        var index = new Dictionary<TRow, int>(merged.Count + incoming.Count, new NaturalKeyComparer<TRow>(Contract.Identity));
        for (var i = 0; i < merged.Count; i++)
        {
            index[merged[i]] = i;
        }

        foreach (var row in incoming)
        {
            if (index.TryGetValue(row, out var at))
            {
                merged[at] = row; // the newer statement of the same fact wins
            }
            else
            {
                index[row] = merged.Count;
                merged.Add(row);
            }
        }

        return merged;
    }

    private async Task<long> ProduceBatchesAsync(Stream raw, string encoding, ParseContext context, ChannelWriter<(PartitionKey, List<TRow>)> batches, List<RejectedRow> rejects, CancellationToken cancellationToken)
    {
        using var reader = TextEncodings.OpenReader(raw, encoding);
        var buffers = new Dictionary<PartitionKey, List<TRow>>();
        long rejected = 0;
        var buffered = 0;
        var sinceCheck = 0;
        foreach (var item in Parse(reader, context))
        {
            if (++sinceCheck == 65_536)
            {
                sinceCheck = 0;
                cancellationToken.ThrowIfCancellationRequested();
            }

            if (item.Row is not { } row)
            {
                rejected++;
                if (rejects.Count < StagingFileResult.MaxRejectsKept)
                {
                    rejects.Add(item.Reject!);
                }

                continue;
            }

            var partition = Contract.PartitionOf(row);
            if (!buffers.TryGetValue(partition, out var buffer))
            {
                buffers[partition] = buffer = new List<TRow>(1024);
            }

            buffer.Add(row);
            buffered++;
            if (buffer.Count >= PartitionFlushRows)
            {
                buffered -= buffer.Count;
                buffers.Remove(partition);
                await batches.WriteAsync((partition, buffer), cancellationToken);
            }
            else if (buffered >= TotalFlushRows)
            {
                await FlushAllAsync(buffers, batches, cancellationToken);
                buffered = 0;
            }
        }

        await FlushAllAsync(buffers, batches, cancellationToken);
        return rejected;
    }

    private static async Task FlushAllAsync(Dictionary<PartitionKey, List<TRow>> buffers, ChannelWriter<(PartitionKey, List<TRow>)> batches, CancellationToken cancellationToken)
    {
        foreach (var partition in buffers.Keys.Order().ToList())
        {
            await batches.WriteAsync((partition, buffers[partition]), cancellationToken);
        }

        buffers.Clear();
    }
}
