using Ecosystem.DataLake.Zones;

namespace Ecosystem.DataLake.Manifest;

/// <summary>"These bytes became that object": from a landing object to raw, raw to staging, staging to a curated partition.</summary>
public sealed record LineageEdge(Zone FromZone, string FromKey, Zone ToZone, string ToKey, string Step, string Sha256, long? RowCount);
