using Ecosystem.DataLake.Datasets.Columns;

namespace Ecosystem.DataLake.Datasets;

/// <summary>
/// A partition being merged, held column by column: one <see cref="ColumnVector"/> per column of the dataset, in
/// the contract's order, all of the same length.
/// </summary>
internal sealed class PartitionColumns<TRow> : IDisposable
    where TRow : class, ILakeRow
{
    private const string OccurrenceColumn = "occurrence";

    private readonly DatasetContract<TRow> _contract;
    private readonly ColumnVector[] _columns;

    public PartitionColumns(DatasetContract<TRow> contract, int rows)
    {
        _contract = contract;
        _columns = contract.Columns.Select(column => column.CreateVector(rows)).ToArray();
        Staged = _columns.Where(column => !DatasetContract<TRow>.PerFileColumns.Contains(column.Name)).ToList();
        Occurrences = Named(OccurrenceColumn) is PhysicalVector<int> occurrence
            ? occurrence.ValuesArray
            : throw new InvalidOperationException($"Dataset {contract.Name} has no INT32 column '{OccurrenceColumn}'.");
    }

    /// <summary>Every column, in the contract's order (the order a lake file has them in).</summary>
    public IReadOnlyList<ColumnVector> All => _columns;

    /// <summary>The columns a staging file holds: all but the per-file ones, which it keeps in its footer.</summary>
    public IReadOnlyList<ColumnVector> Staged { get; }

    /// <summary>The occurrence counter of every row (at least as many values as rows).</summary>
    public int[] Occurrences { get; }

    /// <summary>Sets the per-file columns of rows <paramref name="offset"/> … (a staged file's rows) to its values.</summary>
    public void FillPerFile(int offset, int rows, string source, string sourceSha256, string runId)
    {
        Text("source").Fill(offset, rows, source);
        Text("source_sha256").Fill(offset, rows, sourceSha256);
        Text("run_id").Fill(offset, rows, runId);
    }

    /// <summary>The key's columns ranked (most significant first), on <paramref name="workers"/> cores.</summary>
    public IReadOnlyList<RankedIds> RankKey(int workers)
    {
        var key = _contract.Key.Columns.Select(column => Named(column.Name)).ToArray();
        var ranked = new RankedIds[key.Length];
        Parallel.For(0, key.Length, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, workers) }, c => ranked[c] = key[c].Rank());
        return ranked;
    }

    public void Dispose()
    {
        foreach (var column in _columns)
        {
            column.Dispose();
        }
    }

    private ColumnVector Named(string name) =>
        _columns.FirstOrDefault(column => string.Equals(column.Name, name, StringComparison.Ordinal))
        ?? throw new InvalidOperationException($"Dataset {_contract.Name} has no column '{name}'.");

    private TextVector Text(string name) =>
        Named(name) as TextVector ?? throw new InvalidOperationException($"Dataset {_contract.Name}'s column '{name}' is not text.");
}
