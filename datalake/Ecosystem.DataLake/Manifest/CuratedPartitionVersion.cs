using Ecosystem.DataLake.Zones;

namespace Ecosystem.DataLake.Manifest;

/// <summary>The committed version of one curated partition file.</summary>
public sealed record CuratedPartitionVersion(string Dataset, string Source, PartitionKey Partition, string ObjectKey, string Sha256, long RowCount, string RunId);
