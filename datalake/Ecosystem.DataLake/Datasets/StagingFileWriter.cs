using System.Collections.Concurrent;
using System.Threading.Channels;
using Ecosystem.DataLake.Formats;
using Ecosystem.DataLake.Manifest;
using Ecosystem.DataLake.Zones;

namespace Ecosystem.DataLake.Datasets;

/// <summary>
/// raw text → one staging Parquet file: a parser runs on one core while the rows it yields are written on the other.
/// Row groups are grouped by partition (the footer says which), per-file columns go in the footer, and memory stays
/// bounded: a partition's rows become a row group at <see cref="PartitionFlushRows"/>, and everything buffered is
/// flushed at <see cref="TotalFlushRows"/>. The row buffers are fixed-size arrays handed back by the writer once
/// written and reused for the next batch, so buffering allocates nothing per row group.
/// </summary>
public sealed class StagingFileWriter<TRow>(DatasetContract<TRow> contract, Func<TextReader, ParseContext, IEnumerable<ParsedRow<TRow>>> parse)
    where TRow : class, ILakeRow
{
    private const int PartitionFlushRows = 32 * 1024;
    private const int TotalFlushRows = 64 * 1024;

    public async Task<StagingFileResult> WriteAsync(Stream raw, string encoding, ParseContext context, Stream output, CancellationToken cancellationToken)
    {
        var batches = Channel.CreateBounded<RowBatch>(new BoundedChannelOptions(2) { SingleReader = true, SingleWriter = true });
        var spare = new ConcurrentBag<TRow[]>();
        var rejects = new List<RejectedRow>();
        long rejectedCount = 0;
        Exception? parseFailure = null;
        using var stopParser = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var producer = Task.Run(
            async () =>
            {
                try
                {
                    rejectedCount = await ProduceBatchesAsync(raw, encoding, context, batches.Writer, spare, rejects, stopParser.Token);
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
        using (var writer = new LakeParquetWriter<TRow>(contract.StagingColumns, output))
        {
            try
            {
                await foreach (var batch in batches.Reader.ReadAllAsync(cancellationToken))
                {
                    if (!groups.TryGetValue(batch.Partition, out var indexes))
                    {
                        groups[batch.Partition] = indexes = [];
                    }

                    indexes.Add(writer.RowGroupCount);
                    writer.WriteRowGroup(batch.Rows.AsMemory(0, batch.Count));
                    Array.Clear(batch.Rows, 0, batch.Count);
                    spare.Add(batch.Rows);
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

    private async Task<long> ProduceBatchesAsync(Stream raw, string encoding, ParseContext context, ChannelWriter<RowBatch> batches, ConcurrentBag<TRow[]> spare, List<RejectedRow> rejects, CancellationToken cancellationToken)
    {
        using var reader = TextEncodings.OpenReader(raw, encoding);
        var buffers = new Dictionary<PartitionKey, RowBatch>();
        long rejected = 0;
        var buffered = 0;
        var sinceCheck = 0;
        foreach (var item in parse(reader, context))
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

            var partition = contract.PartitionOf(row);
            if (!buffers.TryGetValue(partition, out var buffer))
            {
                buffers[partition] = buffer = new RowBatch(partition, spare.TryTake(out var rows) ? rows : new TRow[PartitionFlushRows]);
            }

            buffer.Rows[buffer.Count++] = row;
            buffered++;
            if (buffer.Count == PartitionFlushRows)
            {
                buffered -= buffer.Count;
                buffers.Remove(partition);
                await batches.WriteAsync(buffer, cancellationToken);
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

    private static async Task FlushAllAsync(Dictionary<PartitionKey, RowBatch> buffers, ChannelWriter<RowBatch> batches, CancellationToken cancellationToken)
    {
        foreach (var partition in buffers.Keys.Order().ToList())
        {
            await batches.WriteAsync(buffers[partition], cancellationToken);
        }

        buffers.Clear();
    }

    /// <summary>Rows of one partition on their way to become a row group: the first <see cref="Count"/> of <see cref="Rows"/>.</summary>
    private sealed class RowBatch(PartitionKey partition, TRow[] rows)
    {
        public PartitionKey Partition { get; } = partition;

        public TRow[] Rows { get; } = rows;

        public int Count { get; set; }
    }
}
