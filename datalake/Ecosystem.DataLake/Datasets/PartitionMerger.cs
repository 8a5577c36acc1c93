using Ecosystem.DataLake.Formats;

namespace Ecosystem.DataLake.Datasets;

/// <summary>
/// Merges one partition's staged rows into the partition's previous curated version on the dataset's natural key
/// and writes the new version, sorted in the dataset's canonical order.
/// </summary>
public sealed class PartitionMerger<TRow>(DatasetContract<TRow> contract)
    where TRow : class, ILakeRow
{
    private const int CuratedRowGroupRows = 32 * 1024;

    public async Task<PartitionMergeResult> MergeAsync(Stream staging, IReadOnlyList<int> rowGroups, Stream? previousVersion, Stream output, string runId, CancellationToken cancellationToken)
    {
        var incoming = new List<TRow>();
        string source, sourceSha256;
        await using (var reader = await DatasetParquetReader.OpenAsync(staging, cancellationToken))
        {
            (source, sourceSha256, _) = StagingMetadata.FileValues(reader.CustomMetadata);
            foreach (var group in rowGroups)
            {
                incoming.AddRange(await DatasetParquetReader.ReadRowGroupAsync(contract, reader, group, cancellationToken));
            }
        }

        var previous = previousVersion is null ? [] : await DatasetParquetReader.ReadAllAsync(contract, previousVersion, cancellationToken);
        var merged = Merge(incoming, previous, source, sourceSha256, runId);
        merged.Sort(contract.Order);
        await using var writer = await DatasetParquetWriter<TRow>.CreateAsync(contract, output, cancellationToken);
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
        var occurrences = new Dictionary<TRow, int>(incoming.Count, contract.Identity);
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

        if (merged.Count == 0)
        {
            return incoming; // a new partition: nothing to lay the rows over
        }

        var index = new Dictionary<TRow, int>(merged.Count + incoming.Count, new NaturalKeyComparer<TRow>(contract.Identity));
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
}
