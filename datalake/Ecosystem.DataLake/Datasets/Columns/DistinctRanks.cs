namespace Ecosystem.DataLake.Datasets.Columns;

/// <summary>Turns a column's distinct values (id 1, 2, … in the order first seen; 0 is null) into ranks.</summary>
internal static class DistinctRanks
{
    /// <summary>
    /// The ranks of <paramref name="distinct"/> (value of id <c>i</c> at <c>i - 1</c>) in the order of
    /// <paramref name="compare"/>: equal values one rank, null (id 0) the least when <paramref name="sawNull"/>.
    /// </summary>
    public static RankedIds Of<T>(int[] ids, IReadOnlyList<T> distinct, bool sawNull, Comparison<T> compare)
    {
        var byValue = new int[distinct.Count];
        for (var i = 0; i < byValue.Length; i++)
        {
            byValue[i] = i;
        }

        Array.Sort(byValue, (x, y) => compare(distinct[x], distinct[y]));
        var ranks = new int[distinct.Count + 1];
        var rank = sawNull ? 0 : -1;
        for (var i = 0; i < byValue.Length; i++)
        {
            if (i == 0 || compare(distinct[byValue[i - 1]], distinct[byValue[i]]) != 0)
            {
                rank++;
            }

            ranks[byValue[i] + 1] = rank;
        }

        return new RankedIds(ids, ranks, rank + 1);
    }
}
