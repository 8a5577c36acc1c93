using System.Globalization;
using System.Text;
using Ecosystem.DataLake.Datasets;
using Ecosystem.DataLake.Zones;
using Microsoft.Data.Sqlite;

namespace Ecosystem.Warehouse.Loading;

/// <summary>
/// How one curated dataset maps onto its warehouse table: the columns (natural key first), the date column the
/// lake partitions by, the money column reconciliation sums, and optional catalog registration per row. Loading is
/// one prepared <c>INSERT … ON CONFLICT (key) DO UPDATE … WHERE something changed</c> for 64 rows at a time
/// (<see cref="BatchedUpsert"/>), so a reload writes nothing; the values that need no dimension id are worked out
/// while the file is decoded, on another core.
/// </summary>
public sealed class FactTable<TRow> : IFactTable
    where TRow : class, ILakeRow
{
    private readonly DatasetContract<TRow> _contract;
    private readonly FactColumn<TRow>[] _columns;
    private readonly int[] _keyIndexes;
    private readonly int[] _pureIndexes;
    private readonly int[] _scopedIndexes;
    private readonly Func<int, string> _upsertSql;
    private readonly string _partitionFilter;
    private readonly string? _money;
    private readonly int _moneyIndex = -1;

    public FactTable(string table, DatasetContract<TRow> contract, string partitionColumn, IReadOnlyList<FactColumn<TRow>> columns, int loadOrder = FactTables.FactLoadOrder)
    {
        Table = table;
        _contract = contract;
        LoadOrder = loadOrder;
        _columns = [.. columns];
        _keyIndexes = [.. Enumerable.Range(0, _columns.Length).Where(i => _columns[i].IsKey)];
        _pureIndexes = [.. Enumerable.Range(0, _columns.Length).Where(i => !_columns[i].UsesScope)];
        _scopedIndexes = [.. Enumerable.Range(0, _columns.Length).Where(i => _columns[i].UsesScope)];
        _partitionFilter = $"source = $source AND {partitionColumn} >= $from AND {partitionColumn} < $to";
        _upsertSql = BuildUpsert;
    }

    public string Dataset => _contract.Name;

    public string Table { get; }

    public int LoadOrder { get; }

    public bool ResolvesTracks { get; init; }

    /// <summary>The column (integer 10⁻⁹ units) whose sum reconciliation compares; none for tables without money.</summary>
    public string? Money
    {
        get => _money;
        init
        {
            _money = value;
            _moneyIndex = Array.FindIndex(_columns, c => c.Name == value);
            if (value is not null && _moneyIndex < 0)
            {
                throw new ArgumentException($"{Table} has no column {value}.", nameof(value));
            }
        }
    }

    /// <summary>Adds what a row says about the catalog (tracks, releases) before the row is mapped.</summary>
    public Action<TRow, LoadScope>? Register { get; init; }

    /// <summary>A summary kept per partition from the loaded rows (see <see cref="IPartitionAggregate"/>).</summary>
    public Func<IReadOnlyList<string>, IPartitionAggregate>? Aggregate { get; init; }

    public async Task<DecodedPartition> DecodeAsync(Stream parquet, CancellationToken cancellationToken)
    {
        var rows = await DatasetParquetReader.ReadAllAsync(_contract, parquet, cancellationToken);
        return new DecodedPartition(rows, Prepare(rows));
    }

    public Task<PartitionLoadResult> LoadAsync(SqliteConnection connection, LoadScope scope, DecodedPartition decoded, string source, PartitionKey partition, CancellationToken cancellationToken)
    {
        var rows = (TRow[])decoded.Rows;
        return LoadRowsAsync(connection, scope, Once(rows, decoded.Values), () => Task.FromResult<IEnumerable<TRow>>(rows), source, partition, cancellationToken);

        static async IAsyncEnumerable<(IReadOnlyList<TRow> Rows, object?[][] Values)> Once(TRow[] rows, object?[][] values)
        {
            await Task.CompletedTask;
            yield return (rows, values);
        }
    }

    public Task<PartitionLoadResult> LoadAsync(SqliteConnection connection, LoadScope scope, Stream parquet, string source, PartitionKey partition, CancellationToken cancellationToken) =>
        LoadRowsAsync(connection, scope, StreamGroupsAsync(parquet, cancellationToken), async () =>
        {
            parquet.Position = 0;
            return await DatasetParquetReader.ReadAllAsync(_contract, parquet, cancellationToken);
        }, source, partition, cancellationToken);

    /// <summary>The row groups of a file, the next one decoded on another core while this one is written (SQLite has one writer).</summary>
    private async IAsyncEnumerable<(IReadOnlyList<TRow> Rows, object?[][] Values)> StreamGroupsAsync(Stream parquet, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var reader = await DatasetParquetReader.OpenAsync(parquet, cancellationToken);
        var next = reader.RowGroupCount > 0 ? ReadAheadAsync(reader, 0, cancellationToken) : null;
        try
        {
            for (var group = 0; next is not null; group++)
            {
                var rows = await next;
                next = group + 1 < reader.RowGroupCount ? ReadAheadAsync(reader, group + 1, cancellationToken) : null;
                yield return rows;
            }
        }
        finally
        {
            // A failure mid-file must not dispose the reader under a row group still being decoded.
            if (next is not null)
            {
                await ((Task)next).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            }
        }
    }

    private async Task<PartitionLoadResult> LoadRowsAsync(
        SqliteConnection connection, LoadScope scope, IAsyncEnumerable<(IReadOnlyList<TRow> Rows, object?[][] Values)> groups, Func<Task<IEnumerable<TRow>>> allRowsAgain, string source, PartitionKey partition, CancellationToken cancellationToken)
    {
        var from = new DateOnly(partition.Year, partition.Month, 1);
        var range = (From: SqlValues.Date(from), To: SqlValues.Date(from.AddMonths(1)));
        using var upsert = new BatchedUpsert(connection, _upsertSql, _columns.Length + 2);
        var aggregate = Aggregate?.Invoke([.. _columns.Select(c => c.Name)]);
        long fileRows = 0, money = 0, written = 0;
        object runId = scope.RunId;
        string? sourceSha = null;
        object? sourceFile = null;
        await foreach (var (rows, prepared) in groups.WithCancellation(cancellationToken))
        {
            for (var r = 0; r < rows.Count; r++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var row = rows[r];
                Register?.Invoke(row, scope);
                var values = prepared[r];
                foreach (var i in _scopedIndexes)
                {
                    values[i] = _columns[i].Value(row, scope);
                }

                if (!ReferenceEquals(row.SourceSha256, sourceSha))
                {
                    sourceSha = row.SourceSha256; // one decoded string per file: a partition holds a few files
                    sourceFile = scope.SourceFile(sourceSha);
                }

                values[^2] = sourceFile;
                values[^1] = runId;
                aggregate?.Add(values);
                if (_moneyIndex >= 0 && values[_moneyIndex] is long amount)
                {
                    money += amount;
                }

                written += upsert.Add(values);
                fileRows++;
            }
        }

        written += upsert.Flush();

        long deleted = 0;
        var totals = Totals(connection, scope, source, range);
        if (totals.Rows > fileRows)
        {
            deleted = DeleteStale(connection, scope, await allRowsAgain(), source, range);
            totals = Totals(connection, scope, source, range);
        }

        if (totals.Rows != fileRows || totals.Nanos != money)
        {
            throw new ReconciliationException(
                $"{Dataset} {source} {partition}: the curated file holds {fileRows} rows and {SqlValues.FromNanos(money)} in money; the warehouse holds {totals.Rows} rows and {SqlValues.FromNanos(totals.Nanos)}.");
        }

        aggregate?.Write(connection, scope.Transaction, source, range.From, range.To);

        return new PartitionLoadResult(fileRows, money, written, deleted);
    }

    private Task<(IReadOnlyList<TRow> Rows, object?[][] Values)> ReadAheadAsync(Parquet.ParquetReader reader, int group, CancellationToken cancellationToken) =>
        Task.Run<(IReadOnlyList<TRow>, object?[][])>(async () =>
        {
            var rows = await DatasetParquetReader.ReadRowGroupAsync(_contract, reader, group, cancellationToken);
            return (rows, Prepare(rows));
        }, cancellationToken);

    /// <summary>
    /// Each row's values for the upsert, with every column that needs no dimension lookup filled in (on the decoding
    /// thread; the load fills the rest, the source file and the run).
    /// </summary>
    private object?[][] Prepare(TRow[] rows)
    {
        var values = new object?[rows.Length][];
        for (var r = 0; r < values.Length; r++)
        {
            var row = rows[r];
            var rowValues = new object?[_columns.Length + 2];
            foreach (var i in _pureIndexes)
            {
                rowValues[i] = _columns[i].Value(row, null!);
            }

            values[r] = rowValues;
        }

        return values;
    }

    /// <summary>Rows and money the warehouse holds for one partition (reconciliation compares them with the file's).</summary>
    private (long Rows, long Nanos) Totals(SqliteConnection connection, LoadScope scope, string source, (string From, string To) range)
    {
        var sum = Money is { } m ? $"COALESCE(SUM({m}), 0)" : "0";
        using var totals = PartitionCommand(connection, scope, $"SELECT COUNT(*), {sum} FROM {Table} WHERE {_partitionFilter}", source, range);
        using var result = totals.ExecuteReader();
        result.Read();
        return (result.GetInt64(0), result.GetInt64(1));
    }

    /// <summary>
    /// The partition holds rows the file no longer has (a restatement dropped them): read the file's keys again and
    /// delete exactly the warehouse rows of the partition that are not among them.
    /// </summary>
    private long DeleteStale(SqliteConnection connection, LoadScope scope, IEnumerable<TRow> fileRows, string source, (string From, string To) range)
    {
        var keys = new HashSet<string>(StringComparer.Ordinal);
        var values = new object?[_keyIndexes.Length];
        foreach (var row in fileRows)
        {
            for (var k = 0; k < _keyIndexes.Length; k++)
            {
                values[k] = _columns[_keyIndexes[k]].Value(row, scope);
            }

            keys.Add(KeyText(values));
        }

        var keyColumns = _keyIndexes.Select(i => _columns[i].Name).ToList();
        var stale = new List<object?[]>();
        using (var select = PartitionCommand(connection, scope, $"SELECT {string.Join(", ", keyColumns)} FROM {Table} WHERE {_partitionFilter}", source, range))
        using (var rows = select.ExecuteReader())
        {
            while (rows.Read())
            {
                var key = new object?[keyColumns.Count];
                rows.GetValues(key!);
                if (!keys.Contains(KeyText(key)))
                {
                    stale.Add(key);
                }
            }
        }

        using var delete = connection.CreateCommand();
        delete.Transaction = scope.Transaction;
        delete.CommandText = $"DELETE FROM {Table} WHERE {string.Join(" AND ", keyColumns.Select((c, k) => $"{c} = $k{k.ToString(CultureInfo.InvariantCulture)}"))}";
        var parameters = keyColumns.Select((_, k) => delete.Parameters.Add(new SqliteParameter { ParameterName = "$k" + k.ToString(CultureInfo.InvariantCulture) })).ToArray();
        foreach (var key in stale)
        {
            for (var k = 0; k < key.Length; k++)
            {
                parameters[k].Value = key[k] ?? DBNull.Value;
            }

            delete.ExecuteNonQuery();
        }

        return stale.Count;
    }

    private static string KeyText(object?[] values)
    {
        var builder = new StringBuilder();
        foreach (var value in values)
        {
            builder.Append(SqlValues.KeyText(value)).Append('\u001f');
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

    /// <summary>The upsert of <paramref name="rows"/> rows; row r's column i is parameter <c>r × (columns + 2) + i + 1</c>.</summary>
    private string BuildUpsert(int rows)
    {
        var names = _columns.Select(c => c.Name).Append("source_file_id").Append("run_id").ToList();
        var tuples = Enumerable.Range(0, rows).Select(r =>
            "(" + string.Join(", ", Enumerable.Range(1, names.Count).Select(i => "?" + ((r * names.Count) + i).ToString(CultureInfo.InvariantCulture))) + ")");
        var keyNames = _keyIndexes.Select(i => _columns[i].Name);
        var updated = _columns.Where(c => !c.IsKey).Select(c => c.Name).Append("source_file_id").ToList();
        var set = string.Join(", ", updated.Append("run_id").Select(n => $"{n} = excluded.{n}"));
        var changed = string.Join(" OR ", updated.Select(n => $"{n} IS NOT excluded.{n}"));
        return $"INSERT INTO {Table} ({string.Join(", ", names)}) VALUES {string.Join(", ", tuples)} " +
               $"ON CONFLICT ({string.Join(", ", keyNames)}) DO UPDATE SET {set} WHERE {changed}";
    }
}
