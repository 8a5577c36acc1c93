using Ecosystem.DataLake.Zones;
using Microsoft.Data.Sqlite;

namespace Ecosystem.Warehouse.Loading;

/// <summary>A warehouse table loaded from one curated dataset, one curated partition file at a time.</summary>
public interface IFactTable
{
    /// <summary>The curated dataset it loads (<c>royalty_line</c>, …).</summary>
    string Dataset { get; }

    string Table { get; }

    /// <summary>Tables that feed the catalog dimensions load first (lower first).</summary>
    int LoadOrder { get; }

    /// <summary>Whether rows are matched to catalog tracks (so a grown catalog means loading them again).</summary>
    bool ResolvesTracks { get; }

    /// <summary>
    /// Upserts every row of one curated partition file, deletes the rows of that partition the file no longer holds,
    /// and reconciles rows and money with the file. Runs inside the caller's transaction; throws
    /// <see cref="ReconciliationException"/> on a mismatch.
    /// </summary>
    Task<PartitionLoadResult> LoadAsync(SqliteConnection connection, LoadScope scope, Stream parquet, string source, PartitionKey partition, CancellationToken cancellationToken);

    /// <summary>
    /// Decodes a whole curated partition file ahead of its load (on another core, while the previous partition is
    /// written); <see cref="LoadAsync(SqliteConnection, LoadScope, DecodedPartition, string, PartitionKey, CancellationToken)"/>
    /// then takes the rows from memory. Only for small partitions: the caller bounds the rows.
    /// </summary>
    Task<DecodedPartition> DecodeAsync(Stream parquet, CancellationToken cancellationToken);

    /// <summary>As <see cref="LoadAsync(SqliteConnection, LoadScope, Stream, string, PartitionKey, CancellationToken)"/>, from rows decoded ahead.</summary>
    Task<PartitionLoadResult> LoadAsync(SqliteConnection connection, LoadScope scope, DecodedPartition decoded, string source, PartitionKey partition, CancellationToken cancellationToken);
}

/// <summary>
/// The rows of one curated partition file, decoded ahead by <see cref="IFactTable.DecodeAsync"/>, with each row's
/// column values that need no dimension lookup already worked out (the rest are filled in by the load).
/// </summary>
public sealed record DecodedPartition(System.Collections.IList Rows, object?[][] Values);
