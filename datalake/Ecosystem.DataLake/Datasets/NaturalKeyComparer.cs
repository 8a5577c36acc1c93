namespace Ecosystem.DataLake.Datasets;

/// <summary>The full natural key: the dataset's identity plus the occurrence counter.</summary>
public sealed class NaturalKeyComparer<TRow>(IEqualityComparer<TRow> identity) : IEqualityComparer<TRow>
    where TRow : class, ILakeRow
{
    public bool Equals(TRow? x, TRow? y) =>
        ReferenceEquals(x, y) || (x is not null && y is not null && x.Occurrence == y.Occurrence && identity.Equals(x, y));

    public int GetHashCode(TRow obj) => HashCode.Combine(identity.GetHashCode(obj), obj.Occurrence);
}
