namespace Ecosystem.DataLake.Datasets.RoyaltyLines;

internal sealed class RoyaltyLineIdentity : IEqualityComparer<RoyaltyLine>
{
    public bool Equals(RoyaltyLine? x, RoyaltyLine? y)
    {
        if (ReferenceEquals(x, y))
        {
            return true;
        }

        return x is not null && y is not null &&
            x.ReportingDate == y.ReportingDate &&
            x.SaleMonth == y.SaleMonth &&
            string.Equals(x.Source, y.Source, StringComparison.Ordinal) &&
            string.Equals(x.Store, y.Store, StringComparison.Ordinal) &&
            string.Equals(x.Artist, y.Artist, StringComparison.Ordinal) &&
            string.Equals(x.Title, y.Title, StringComparison.Ordinal) &&
            string.Equals(x.Isrc, y.Isrc, StringComparison.Ordinal) &&
            string.Equals(x.Upc, y.Upc, StringComparison.Ordinal) &&
            string.Equals(x.ProductKind, y.ProductKind, StringComparison.Ordinal) &&
            string.Equals(x.Country, y.Country, StringComparison.Ordinal);
    }

    public int GetHashCode(RoyaltyLine obj)
    {
        var hash = default(HashCode);
        hash.Add(obj.ReportingDate);
        hash.Add(obj.SaleMonth);
        hash.Add(obj.Store, StringComparer.Ordinal);
        hash.Add(obj.Artist, StringComparer.Ordinal);
        hash.Add(obj.Title, StringComparer.Ordinal);
        hash.Add(obj.Isrc, StringComparer.Ordinal);
        hash.Add(obj.Country, StringComparer.Ordinal);
        return hash.ToHashCode();
    }
}
