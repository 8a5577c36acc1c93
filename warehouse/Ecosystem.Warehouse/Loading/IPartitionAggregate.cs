using Microsoft.Data.Sqlite;

namespace Ecosystem.Warehouse.Loading;

/// <summary>
/// A summary a fact table keeps per partition, built from the rows as they are loaded (a curated partition file is
/// the whole partition, so its rows are exactly what the summary must reflect) and written in the same transaction.
/// </summary>
public interface IPartitionAggregate
{
    /// <summary>One loaded row, as the values bound to the table's columns, in column order.</summary>
    void Add(object?[] values);

    /// <summary>Replaces the summary of the partition <c>[from, to)</c> of <paramref name="source"/>.</summary>
    void Write(SqliteConnection connection, SqliteTransaction? transaction, string source, string from, string to);
}
