using Ecosystem.Warehouse.Schema;
using Microsoft.Data.Sqlite;

namespace Ecosystem.Warehouse.Exports;

/// <summary>A column of an exported table as the schema declares it (SQLite type, NOT NULL, position in the primary key, 0 = none).</summary>
public sealed record ColumnShape(string Name, string SqlType, bool NotNull, int KeyPosition);

/// <summary>An exported table and its columns in declaration order.</summary>
public sealed record TableShape(string Name, IReadOnlyList<ColumnShape> Columns);

/// <summary>
/// The shape of every table in <see cref="ExportCatalog"/>, read from the migrations themselves (applied to an
/// in-memory database), so a feed built on it (OData's <c>$metadata</c>) always matches the schema and needs no file.
/// </summary>
public static class TableShapes
{
    private static readonly Lazy<IReadOnlyList<TableShape>> Shapes = new(Read);

    public static IReadOnlyList<TableShape> All => Shapes.Value;

    private static List<TableShape> Read()
    {
        using var connection = new SqliteConnection("Data Source=:memory:");
        connection.Open();
        foreach (var migration in WarehouseSchema.Migrations)
        {
            using var command = connection.CreateCommand();
            command.CommandText = migration;
            command.ExecuteNonQuery();
        }

        return ExportCatalog.Tables.Keys.Order(StringComparer.Ordinal).Select(table => new TableShape(table, SqlQuery.List(connection,
            "SELECT name, UPPER(type), \"notnull\", pk FROM pragma_table_info($table) ORDER BY cid",
            r => new ColumnShape(r.GetString(0), r.GetString(1), r.GetInt64(2) == 1 || r.GetInt64(3) > 0, (int)r.GetInt64(3)), ("$table", table)))).ToList();
    }
}
