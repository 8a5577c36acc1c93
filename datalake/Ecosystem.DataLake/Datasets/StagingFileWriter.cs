using System.Threading.Channels;
using Ecosystem.DataLake.Formats;
using Ecosystem.DataLake.Manifest;
using Ecosystem.DataLake.Zones;

namespace Ecosystem.DataLake.Datasets;

/// <summary>
/// raw text → one staging Parquet file: a parser runs on one core while the rows it yields are written on the other.
/// Row groups are grouped by partition (the footer says which), per-file columns go in the footer, and memory stays
/// bounded: a partition's rows become a row group at <see cref="PartitionFlushRows"/>, and everything buffered is
/// flushed at <see cref="TotalFlushRows"/>.
/// </summary>
public sealed class StagingFileWriter<TRow>(DatasetContract<TRow> contract, Func<TextReader, ParseContext, IEnumerable<ParsedRow<TRow>>> parse)
    where TRow : class, ILakeRow
{
    private const int PartitionFlushRows = 32 * 1024;
    private const int TotalFlushRows = 64 * 1024;

    public async Task<StagingFileResult> WriteAsync(Stream raw, string encoding, ParseContext context, Stream output, CancellationToken cancellationToken)
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
        await using (var writer = await DatasetParquetWriter<TRow>.CreateAsync(contract, output, cancellationToken, contract.StagingColumns))
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

    private async Task<long> ProduceBatchesAsync(Stream raw, string encoding, ParseContext context, ChannelWriter<(PartitionKey, List<TRow>)> batches, List<RejectedRow> rejects, CancellationToken cancellationToken)
    {
        using var reader = TextEncodings.OpenReader(raw, encoding);
        var buffers = new Dictionary<PartitionKey, List<TRow>>();
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
