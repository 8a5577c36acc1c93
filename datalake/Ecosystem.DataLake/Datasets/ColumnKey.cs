using Ecosystem.DataLake.Datasets.Columns;

namespace Ecosystem.DataLake.Datasets;

/// <summary>
/// A dataset's natural key declared as a list of its columns: equality over those columns (the identity, without the
/// occurrence counter) and a total order over them plus the occurrence counter (so a curated file's bytes depend
/// only on its rows). Text compares ordinally, never by culture, so every machine writes the same bytes.
/// </summary>
public sealed class ColumnKey<TRow> : IEqualityComparer<TRow>, IComparer<TRow>
    where TRow : class, ILakeRow
{
    private readonly DatasetColumn<TRow>[] _columns;

    public ColumnKey(IReadOnlyList<DatasetColumn<TRow>> columns, IEnumerable<string> names)
    {
        var byName = columns.ToDictionary(column => column.Name, StringComparer.Ordinal);
        _columns = names.Select(name => byName.TryGetValue(name, out var column) ? column : throw new ArgumentException($"The key names column '{name}', which the dataset does not have.", nameof(names))).ToArray();
    }

    /// <summary>The key's columns, most significant first.</summary>
    public IReadOnlyList<DatasetColumn<TRow>> Columns => _columns;

    public bool Equals(TRow? x, TRow? y)
    {
        if (ReferenceEquals(x, y))
        {
            return true;
        }

        if (x is null || y is null)
        {
            return false;
        }

        foreach (var column in _columns)
        {
            if (column.CompareValues(x, y) != 0)
            {
                return false;
            }
        }

        return true;
    }

    public int GetHashCode(TRow obj)
    {
        var hash = default(HashCode);
        foreach (var column in _columns)
        {
            hash.Add(column.HashValue(obj));
        }

        return hash.ToHashCode();
    }

    public int Compare(TRow? x, TRow? y)
    {
        if (ReferenceEquals(x, y))
        {
            return 0;
        }

        if (x is null || y is null)
        {
            return x is null ? -1 : 1;
        }

        foreach (var column in _columns)
        {
            var c = column.CompareValues(x, y);
            if (c != 0)
            {
                return c;
            }
        }

        return x.Occurrence.CompareTo(y.Occurrence);
    }
}
