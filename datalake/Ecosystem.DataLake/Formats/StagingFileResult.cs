using Ecosystem.DataLake.Manifest;
using Ecosystem.DataLake.Zones;

namespace Ecosystem.DataLake.Formats;

/// <summary>
/// What staging one file produced: accepted rows, rejected rows (all counted, the first
/// <see cref="MaxRejectsKept"/> kept with their reasons), and which row groups hold which partition.
/// </summary>
public sealed record StagingFileResult(long Rows, long RejectedCount, IReadOnlyList<RejectedRow> Rejects, IReadOnlyDictionary<PartitionKey, IReadOnlyList<int>> RowGroupsByPartition)
{
    public const int MaxRejectsKept = 10_000;

    public double RejectShare => Rows + RejectedCount == 0 ? 0 : (double)RejectedCount / (Rows + RejectedCount);
}
