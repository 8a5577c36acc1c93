namespace Ecosystem.DataLake.Formats;

/// <summary>Rows one file brought to a partition, and the rows the partition holds after the merge.</summary>
public sealed record PartitionMergeResult(long IncomingRows, long TotalRows);
