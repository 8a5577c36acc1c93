namespace Ecosystem.DataLake.Formats;

/// <summary>
/// One partition's merge: the staging file (opened once per reader, so its columns can be read on several cores),
/// the row groups that hold the partition, the committed version it starts from, the run, and how many cores the
/// merge may use (1 when partitions are merged side by side).
/// </summary>
public sealed record PartitionMergeRequest(Func<Stream> OpenStaging, IReadOnlyList<int> RowGroups, Stream? PreviousVersion, string RunId, int Workers = 1);
