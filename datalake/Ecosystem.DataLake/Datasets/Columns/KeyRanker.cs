namespace Ecosystem.DataLake.Datasets.Columns;

/// <summary>
/// Replaces one key column's values by their ranks among the distinct values seen: rows are added one at a time
/// (so a caller can visit each row once for every key column), then <see cref="Ranks"/> turns the ids handed out
/// into ranks in the order of <see cref="DatasetColumn{TRow}.CompareValues"/>, null first.
/// </summary>
public abstract class KeyRanker<TRow>
{
    /// <summary>The id of the row's value: 0 for null, then 1, 2, … in the order values are first seen.</summary>
    public abstract int Add(TRow row);

    /// <summary>
    /// The rank of each id handed out (index = id): equal values one rank, 0 the least; <paramref name="count"/>
    /// is the number of ranks.
    /// </summary>
    public abstract int[] Ranks(out int count);
}

/// <summary>
/// A <see cref="KeyRanker{TRow}"/> over values of <typeparamref name="T"/>: one hash lookup per row. Text is looked
/// up by reference (pooled text repeats one instance); distinct instances of equal text get one rank.
/// </summary>
internal sealed class KeyRanker<TRow, T>(Func<TRow, (bool HasValue, T Value)> get, IEqualityComparer<T> lookup, Comparison<T> compare) : KeyRanker<TRow>
    where T : notnull
{
    private readonly Dictionary<T, int> _ids = new(lookup);
    private readonly List<T> _distinct = [];
    private bool _sawNull;
    private T? _last;
    private int _lastId;

    public override int Add(TRow row)
    {
        var (hasValue, value) = get(row);
        if (!hasValue)
        {
            _sawNull = true;
            return 0;
        }

        // Rows often repeat the value of the row before (a statement lists a store's or a month's lines together).
        if (_lastId > 0 && lookup.Equals(value, _last!))
        {
            return _lastId;
        }

        if (!_ids.TryGetValue(value, out var id))
        {
            _distinct.Add(value);
            id = _distinct.Count;
            _ids.Add(value, id);
        }

        (_last, _lastId) = (value, id);
        return id;
    }

    public override int[] Ranks(out int count)
    {
        var byValue = new int[_distinct.Count];
        for (var i = 0; i < byValue.Length; i++)
        {
            byValue[i] = i;
        }

        Array.Sort(byValue, (x, y) => compare(_distinct[x], _distinct[y]));
        var ranks = new int[_distinct.Count + 1];
        var rank = _sawNull ? 0 : -1;
        for (var i = 0; i < byValue.Length; i++)
        {
            if (i == 0 || compare(_distinct[byValue[i - 1]], _distinct[byValue[i]]) != 0)
            {
                rank++;
            }

            ranks[byValue[i] + 1] = rank;
        }

        count = rank + 1;
        return ranks;
    }
}
