using System.Globalization;
using System.Text;
using Ecosystem.DataLake.Datasets;
using Ecosystem.DataLake.Zones;
using Microsoft.Data.Sqlite;

namespace Ecosystem.Warehouse.Loading;

/// <summary>
/// How one curated dataset maps onto its warehouse table: the columns (natural key first), the date column the
/// lake partitions by, the money column reconciliation sums, and optional catalog registration per row. Loading is
/// one prepared <c>INSERT … ON CONFLICT (key) DO UPDATE … WHERE something changed</c>, so a reload writes nothing.
/// </summary>
public sealed class FactTable<TRow> : IFactTable
    where TRow : class, ILakeRow
{
    private readonly DatasetContract<TRow> _contract;
    private readonly FactColumn<TRow>[] _columns;
    private readonly int[] _keyIndexes;
    private readonly string _upsertSql;
    private readonly string _partitionFilter;

    public FactTable(string table, DatasetContract<TRow> contract, string partitionColumn, IReadOnlyList<FactColumn<TRow>> columns, int loadOrder = 10)
    {
        Table = table;
        _contract = contract;
        LoadOrder = loadOrder;
        _columns = [.. columns];
        _keyIndexes = [.. Enumerable.Range(0, _columns.Length).Where(i => _columns[i].IsKey)];
        _partitionFilter = $"source = $source AND {partitionColumn} >= $from AND {partitionColumn} < $to";
        _upsertSql = BuildUpsert();
    }

    public string Dataset => _contract.Name;

    public string Table { get; }

    public int LoadOrder { get; }

    /// <summary>The column (integer 10⁻⁹ units) whose sum reconciliation compares; none for tables without money.</summary>
    public (string Column, Func<TRow, decimal?> Value)? Money { get; init; }

    /// <summary>Adds what a row says about the catalog (tracks, releases) before the row is mapped.</summary>
    public Action<TRow, LoadScope>? Register { get; init; }

    /// <summary>SQL run after a partition is loaded, with the same <c>$source</c>, <c>$from</c>, <c>$to</c> parameters.</summary>
    public string? AfterPartitionSql { get; init; }

    public async Task<PartitionLoadResult> LoadAsync(SqliteConnection connection, LoadScope scope, Stream parquet, string source, PartitionKey partition, CancellationToken cancellationToken)
    {
        var from = new DateOnly(partition.Year, partition.Month, 1);
        var range = (From: SqlValues.Date(from), To: SqlValues.Date(from.AddMonths(1)));
        using var upsert = connection.CreateCommand();
        upsert.Transaction = scope.Transaction;
        upsert.CommandText = _upsertSql;
        var parameters = new SqliteParameter[_columns.Length + 2];
        for (var i = 0; i < _columns.Length; i++)
        {
            parameters[i] = upsert.Parameters.Add("$p" + i.ToString(CultureInfo.InvariantCulture), SqliteType.Text);
        }

        parameters[^2] = upsert.Parameters.Add("$source_file_id", SqliteType.Integer);
        parameters[^1] = upsert.Parameters.Add("$run_id", SqliteType.Integer);
        parameters[^1].Value = scope.RunId;
        upsert.Prepare();

        var keys = new HashSet<string>(StringComparer.Ordinal);
        var sourceFiles = new HashSet<string>(StringComparer.Ordinal);
        long fileRows = 0, money = 0, written = 0;
        await using var reader = await DatasetParquetReader.OpenAsync(parquet, cancellationToken);
        for (var group = 0; group < reader.RowGroupCount; group++)
        {
            var rows = await DatasetParquetReader.ReadRowGroupAsync(_contract, reader, group, cancellationToken);
            foreach (var row in rows)
            {
                cancellationToken.ThrowIfCancellationRequested();
                Register?.Invoke(row, scope);
                for (var i = 0; i < _columns.Length; i++)
                {
                    parameters[i].Value = _columns[i].Value(row, scope) ?? DBNull.Value;
                }

                parameters[^2].Value = scope.SourceFile(row.SourceSha256);
                sourceFiles.Add(row.SourceSha256);
                written += upsert.ExecuteNonQuery();
                keys.Add(KeyOf(parameters));
                fileRows++;
                if (Money is { } m && m.Value(row) is { } amount)
                {
                    money += SqlValues.Nanos(amount);
                }
            }
        }

        if (keys.Count != fileRows)
        {
            throw new ReconciliationException($"{Dataset} {source} {partition}: the file holds {fileRows} rows but only {keys.Count} distinct warehouse keys; two rows would overwrite each other.");
        }

        var deleted = DeleteStale(connection, scope, source, range, keys);
        Reconcile(connection, scope, source, partition, range, fileRows, money);
        if (AfterPartitionSql is not null)
        {
            using var after = PartitionCommand(connection, scope, AfterPartitionSql, source, range);
            after.ExecuteNonQuery();
        }

        return new PartitionLoadResult(fileRows, money, written, deleted, sourceFiles);
    }

    private long DeleteStale(SqliteConnection connection, LoadScope scope, string source, (string From, string To) range, HashSet<string> keys)
    {
        using var count = PartitionCommand(connection, scope, $"SELECT COUNT(*) FROM {Table} WHERE {_partitionFilter}", source, range);
        if ((long)count.ExecuteScalar()! == keys.Count)
        {
            return 0;
        }

        // The partition holds rows the file no longer has (a restatement dropped them): find and delete exactly those.
        var keyColumns = string.Join(", ", _keyIndexes.Select(i => _columns[i].Name));
        var stale = new List<long>();
        using (var select = PartitionCommand(connection, scope, $"SELECT id, {keyColumns} FROM {Table} WHERE {_partitionFilter}", source, range))
        using (var rows = select.ExecuteReader())
        {
            var builder = new StringBuilder();
            while (rows.Read())
            {
                builder.Clear();
                for (var k = 0; k < _keyIndexes.Length; k++)
                {
                    builder.Append(SqlValues.KeyText(rows.GetValue(k + 1))).Append('\u001f');
                }

                if (!keys.Contains(builder.ToString()))
                {
                    stale.Add(rows.GetInt64(0));
                }
            }
        }

        using var delete = connection.CreateCommand();
        delete.Transaction = scope.Transaction;
        delete.CommandText = $"DELETE FROM {Table} WHERE id = $id";
        var id = delete.Parameters.Add("$id", SqliteType.Integer);
        foreach (var row in stale)
        {
            id.Value = row;
            delete.ExecuteNonQuery();
        }

        return stale.Count;
    }

    private void Reconcile(SqliteConnection connection, LoadScope scope, string source, PartitionKey partition, (string From, string To) range, long fileRows, long money)
    {
        var sum = Money is { } m ? $"COALESCE(SUM({m.Column}), 0)" : "0";
        using var totals = PartitionCommand(connection, scope, $"SELECT COUNT(*), {sum} FROM {Table} WHERE {_partitionFilter}", source, range);
        using var result = totals.ExecuteReader();
        result.Read();
        var (rows, nanos) = (result.GetInt64(0), result.GetInt64(1));
        if (rows != fileRows || nanos != money)
        {
            throw new ReconciliationException(
                $"{Dataset} {source} {partition}: the curated file holds {fileRows} rows and {SqlValues.FromNanos(money)} in money; the warehouse holds {rows} rows and {SqlValues.FromNanos(nanos)}.");
        }
    }

    private string KeyOf(SqliteParameter[] parameters)
    {
        var builder = new StringBuilder();
        foreach (var i in _keyIndexes)
        {
            builder.Append(SqlValues.KeyText(parameters[i].Value)).Append('\u001f');
        }

        return builder.ToString();
    }

    private static SqliteCommand PartitionCommand(SqliteConnection connection, LoadScope scope, string sql, string source, (string From, string To) range)
    {
        var command = connection.CreateCommand();
        command.Transaction = scope.Transaction;
        command.CommandText = sql;
        command.Parameters.AddWithValue("$source", source);
        command.Parameters.AddWithValue("$from", range.From);
        command.Parameters.AddWithValue("$to", range.To);
        return command;
    }

    private string BuildUpsert()
    {
        var names = _columns.Select(c => c.Name).Append("source_file_id").Append("run_id").ToList();
        var values = Enumerable.Range(0, _columns.Length).Select(i => "$p" + i.ToString(CultureInfo.InvariantCulture)).Append("$source_file_id").Append("$run_id");
        var keyNames = _keyIndexes.Select(i => _columns[i].Name);
        var updated = _columns.Where(c => !c.IsKey).Select(c => c.Name).Append("source_file_id").ToList();
        var set = string.Join(", ", updated.Append("run_id").Select(n => $"{n} = excluded.{n}"));
        var changed = string.Join(" OR ", updated.Select(n => $"{n} IS NOT excluded.{n}"));
        return $"INSERT INTO {Table} ({string.Join(", ", names)}) VALUES ({string.Join(", ", values)}) " +
               $"ON CONFLICT ({string.Join(", ", keyNames)}) DO UPDATE SET {set} WHERE {changed}";
    }
}
