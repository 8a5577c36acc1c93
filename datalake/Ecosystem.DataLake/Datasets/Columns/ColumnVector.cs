using Apache.Arrow;
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
    public abstract string Name { get; }

    /// <summary>Text is dictionary-encoded in the file; other columns carry statistics.</summary>
    public virtual bool IsText => false;

    /// <summary>Rows the vector holds.</summary>
    public abstract int Length { get; }

    /// <summary>
    /// The column's Arrow field, which ParquetSharp turns into the same Parquet node the row writer gives the column
    /// (<see cref="DatasetColumn{TRow}.CreateParquetNode"/>).
    /// </summary>
    public abstract Field ArrowField { get; }

    /// <summary>Reads <paramref name="rows"/> rows of the column into positions from <paramref name="offset"/> on.</summary>
    public abstract void Read(ColumnReader reader, int offset, int rows);

    /// <summary>
    /// The rows at <paramref name="order"/>'s positions, in that order, as an Arrow array of <see cref="ArrowField"/>'s
    /// type (text as a dictionary array, which the Parquet writer takes without hashing each value), its buffers
    /// from <paramref name="buffers"/>.
    /// </summary>
    public abstract IArrowArray ToArrow(ReadOnlySpan<int> order, ArrowBuffers buffers);

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
