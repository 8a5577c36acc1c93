namespace Ecosystem.DataLake.Datasets.AdDaily;

internal sealed class AdRowIdentity : IEqualityComparer<AdRow>
{
    public bool Equals(AdRow? x, AdRow? y)
    {
        if (ReferenceEquals(x, y))
        {
            return true;
        }

        return x is not null && y is not null &&
            x.DateStart == y.DateStart &&
            x.DateEnd == y.DateEnd &&
            string.Equals(x.Source, y.Source, StringComparison.Ordinal) &&
            string.Equals(x.Granularity, y.Granularity, StringComparison.Ordinal) &&
            string.Equals(x.Account, y.Account, StringComparison.Ordinal) &&
            string.Equals(x.Campaign, y.Campaign, StringComparison.Ordinal) &&
            string.Equals(x.AdSet, y.AdSet, StringComparison.Ordinal) &&
            string.Equals(x.Ad, y.Ad, StringComparison.Ordinal) &&
            string.Equals(x.Age, y.Age, StringComparison.Ordinal) &&
            string.Equals(x.Gender, y.Gender, StringComparison.Ordinal);
    }

    public int GetHashCode(AdRow obj) =>
        HashCode.Combine(obj.DateStart, obj.DateEnd, StringComparer.Ordinal.GetHashCode(obj.Campaign), obj.AdSet is null ? 0 : StringComparer.Ordinal.GetHashCode(obj.AdSet), obj.Ad is null ? 0 : StringComparer.Ordinal.GetHashCode(obj.Ad));
}
