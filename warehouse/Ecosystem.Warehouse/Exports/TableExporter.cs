using System.Text;
using Ecosystem.Warehouse.Reports;
using Ecosystem.Warehouse.Schema;
using Microsoft.Data.Sqlite;
using Parquet;
using Parquet.Schema;

namespace Ecosystem.Warehouse.Exports;

/// <summary>
/// Writes one warehouse table or report (<see cref="ReportCatalog"/>: the KPI series and page tables), filtered, as CSV
/// (UTF-8 with BOM, RFC 4180, <see cref="CsvCells"/>) or as Parquet (INTEGER → int64, REAL → double, TEXT → string, all
/// nullable; a report's decimals stay decimal; row groups of <see cref="ParquetRowGroup"/> rows). Table rows stream from
/// SQLite; neither format holds a whole table in memory (reports are aggregates, read whole). Used by <c>/exports</c>
/// and <c>eco export</c>.
/// </summary>
public sealed class TableExporter(WarehouseDatabase database, ReportService reports)
{
    public const int ParquetRowGroup = 50_000;
    private const int FlushEveryRows = 5_000;

    public static bool IsKnown(string dataset) => ExportCatalog.Tables.ContainsKey(dataset) || ReportService.IsKnown(dataset);

    public static string KnownList => string.Join(", ", ExportCatalog.Tables.Keys.Concat(ReportCatalog.All.Keys).Order(StringComparer.Ordinal));

    public async Task<long> WriteCsvAsync(string dataset, ExportFilter filter, Stream output, CancellationToken cancellationToken)
    {
        if (ReportService.IsKnown(dataset))
        {
            return await WriteReportCsvAsync(await reports.ReadAsync(dataset, filter, cancellationToken), output, cancellationToken);
        }

        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = Command(connection, dataset, filter);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        await using var writer = new StreamWriter(output, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), 1 << 16, leaveOpen: true);
        var line = new StringBuilder();
        for (var i = 0; i < reader.FieldCount; i++)
        {
            CsvCells.Append(i == 0 ? line : line.Append(','), reader.GetName(i));
        }

        await writer.WriteAsync(line.Append("\r\n"), cancellationToken);
        var values = new object[reader.FieldCount];
        long rows = 0;
        while (await reader.ReadAsync(cancellationToken))
        {
            line.Clear();
            reader.GetValues(values);
            for (var i = 0; i < values.Length; i++)
            {
                CsvCells.Append(i == 0 ? line : line.Append(','), values[i]);
            }

            await writer.WriteAsync(line.Append("\r\n"), cancellationToken);
            if (++rows % FlushEveryRows == 0)
            {
                await writer.FlushAsync(cancellationToken);
            }
        }

        return rows;
    }

    public async Task<long> WriteParquetAsync(string dataset, ExportFilter filter, Stream output, CancellationToken cancellationToken)
    {
        if (ReportService.IsKnown(dataset))
        {
            return await WriteReportParquetAsync(await reports.ReadAsync(dataset, filter, cancellationToken), output, cancellationToken);
        }

        await using var connection = await database.OpenAsync(cancellationToken);
        var types = ColumnTypes(connection, ExportCatalog.Tables[dataset].Name);
        var fields = types.Select(t => t.Type switch
        {
            "INTEGER" => (DataField)new DataField<long?>(t.Name),
            "REAL" => new DataField<double?>(t.Name),
            _ => new DataField<string>(t.Name, true),
        }).ToArray();
        await using var command = Command(connection, dataset, filter);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        await using var parquet = await ParquetWriter.CreateAsync(new ParquetSchema(fields), output, cancellationToken: cancellationToken);
        var buffer = new List<object?[]>(ParquetRowGroup);
        long rows = 0;
        while (true)
        {
            var more = await reader.ReadAsync(cancellationToken);
            if (more)
            {
                var values = new object?[reader.FieldCount];
                for (var i = 0; i < values.Length; i++)
                {
                    values[i] = reader.IsDBNull(i) ? null : reader.GetValue(i);
                }

                buffer.Add(values);
                rows++;
            }

            if (buffer.Count == ParquetRowGroup || (!more && (buffer.Count > 0 || rows == 0)))
            {
                using var group = parquet.CreateRowGroup();
                for (var c = 0; c < fields.Length; c++)
                {
                    await WriteColumnAsync(group, fields[c], types[c].Type, buffer, c, cancellationToken);
                }

                buffer.Clear();
            }

            if (!more)
            {
                return rows;
            }
        }
    }

    /// <summary>A report as CSV: the same cells, quoting and escaping as a table.</summary>
    public static async Task<long> WriteReportCsvAsync(Report report, Stream output, CancellationToken cancellationToken)
    {
        await using var writer = new StreamWriter(output, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), 1 << 16, leaveOpen: true);
        var line = new StringBuilder();
        foreach (var row in report.Rows.Prepend([.. report.Columns]))
        {
            line.Clear();
            for (var i = 0; i < row.Length; i++)
            {
                CsvCells.Append(i == 0 ? line : line.Append(','), row[i]);
            }

            await writer.WriteAsync(line.Append("\r\n"), cancellationToken);
        }

        return report.Rows.Count;
    }

    /// <summary>A report as Parquet: integers int64, decimals decimal(38, 9), anything else text.</summary>
    public static async Task<long> WriteReportParquetAsync(Report report, Stream output, CancellationToken cancellationToken)
    {
        // A column's type is that of its values: integers int64, decimals decimal, anything else text.
        var kinds = report.Columns.Select((_, c) => report.Rows.Select(r => r[c]).FirstOrDefault(v => v is not null) switch
        {
            long => "INTEGER",
            decimal => "DECIMAL",
            _ => "TEXT",
        }).ToArray();
        var fields = report.Columns.Select((name, c) => kinds[c] switch
        {
            "INTEGER" => (DataField)new DataField<long?>(name),
            "DECIMAL" => new DecimalDataField(name, 38, 9, isNullable: true),
            _ => new DataField<string>(name, true),
        }).ToArray();
        await using var parquet = await ParquetWriter.CreateAsync(new ParquetSchema(fields), output, cancellationToken: cancellationToken);
        using var group = parquet.CreateRowGroup();
        var rows = report.Rows.ToList();
        for (var c = 0; c < fields.Length; c++)
        {
            if (kinds[c] == "DECIMAL")
            {
                var values = rows.Select(r => r[c] is decimal d ? d : (decimal?)null).ToArray();
                await group.WriteAsync<decimal>(fields[c], values.AsMemory(), null, null, cancellationToken);
            }
            else
            {
                await WriteColumnAsync(group, fields[c], kinds[c], rows, c, cancellationToken);
            }
        }

        return rows.Count;
    }

    private static Task WriteColumnAsync(ParquetRowGroupWriter group, DataField field, string type, List<object?[]> rows, int index, CancellationToken cancellationToken)
    {
        var invariant = System.Globalization.CultureInfo.InvariantCulture;
        switch (type)
        {
            case "INTEGER":
                var longs = rows.Select(r => r[index] is { } v ? Convert.ToInt64(v, invariant) : (long?)null).ToArray();
                return group.WriteAsync<long>(field, longs.AsMemory(), null, null, cancellationToken);
            case "REAL":
                var doubles = rows.Select(r => r[index] is { } v ? Convert.ToDouble(v, invariant) : (double?)null).ToArray();
                return group.WriteAsync<double>(field, doubles.AsMemory(), null, null, cancellationToken);
            default:
                var texts = rows.Select(r => r[index] is { } v ? Convert.ToString(v, invariant) : null).ToArray();
                return group.WriteAsync(field, texts!, null);
        }
    }

    private static List<(string Name, string Type)> ColumnTypes(SqliteConnection connection, string table) =>
        SqlQuery.List(connection, $"SELECT name, UPPER(type) FROM pragma_table_info('{table}') ORDER BY cid", r => (r.GetString(0), r.GetString(1)));

    private static SqliteCommand Command(SqliteConnection connection, string dataset, ExportFilter filter)
    {
        if (!ExportCatalog.Tables.TryGetValue(dataset, out var table))
        {
            throw new ArgumentException($"No dataset '{dataset}'. Known: {KnownList}.", nameof(dataset));
        }

        var command = connection.CreateCommand();
        var where = new List<string>();
        void Add(bool applies, string condition, string name, string? value)
        {
            if (applies)
            {
                where.Add(condition);
                command.Parameters.AddWithValue(name, value);
            }
        }

        Add(table.DateColumn is not null && filter.From is not null, $"{table.DateColumn} >= $from", "$from", filter.From);
        Add(table.DateColumn is not null && filter.To is not null, $"{table.DateColumn} <= $to", "$to", filter.To);
        Add(table.HasSource && filter.Source is not null, "source = $source", "$source", filter.Source);
        Add(table.ArtistFilter is not null && filter.Artist is not null, $"({table.ArtistFilter})", "$artist", filter.Artist);
        Add(table.HasFile && filter.File is not null, "source_file_id IN (SELECT id FROM source_file WHERE sha256 = $file)", "$file", filter.File);
        command.CommandText = $"SELECT * FROM {table.Name}{(where.Count == 0 ? string.Empty : " WHERE " + string.Join(" AND ", where))}";
        return command;
    }
}
