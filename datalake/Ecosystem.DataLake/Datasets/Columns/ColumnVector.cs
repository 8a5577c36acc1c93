using ParquetSharp;

namespace Ecosystem.DataLake.Datasets.Columns;

/// <summary>
/// One column of a whole partition held as Parquet's physical values (day numbers, unscaled money, UTF-8 text as ids
/// of distinct byte strings), so a merge reads, sorts and writes a partition without a row object per line and
/// without converting a value to its CLR type and back. Rows are addressed by position; a merge reads the previous
/// version's rows first and the staging file's after them, then writes them in any order through a permutation.
/// </summary>
public abstract class ColumnVector : IDisposable
{
    /// <summary>
    /// Rows handed to one Parquet write call, as the row writer does (<see cref="LakeParquetWriter{TRow}"/>), so
    /// the two write the same pages and the same bytes for the same rows.
    /// </summary>
    internal const int WriteChunkRows = 2048;

    public abstract string Name { get; }

    /// <summary>Rows the vector holds.</summary>
    public abstract int Length { get; }

    /// <summary>Reads <paramref name="rows"/> rows of the column into positions from <paramref name="offset"/> on.</summary>
    public abstract void Read(ColumnReader reader, int offset, int rows);

    /// <summary>
    /// Writes the rows at <paramref name="order"/>'s positions as the row group's column, in that order, in calls of
    /// <see cref="WriteChunkRows"/> rows.
    /// </summary>
    public abstract void Write(ColumnWriter writer, ReadOnlySpan<int> order);

    /// <summary>
    /// Each row's value as an id (<see cref="RankedIds.Ids"/>) and each id's rank in the column's order (ordinal for
    /// text, null first), for sorting rows on a key of several columns.
    /// </summary>
    public abstract RankedIds Rank();

    public abstract void Dispose();
}

/// <summary>A column's values as ids per row and the rank of each id; <see cref="Count"/> ranks in all.</summary>
public sealed record RankedIds(int[] Ids, int[] RankOfId, int Count)
{
    public int RankAt(int row) => RankOfId[Ids[row]];
}
