namespace Ecosystem.DataLake.Datasets.RoyaltyLines;

internal sealed class RoyaltyLineOrder : IComparer<RoyaltyLine>
{
    public int Compare(RoyaltyLine? x, RoyaltyLine? y)
    {
        if (ReferenceEquals(x, y))
        {
            return 0;
        }

        if (x is null || y is null)
        {
            return x is null ? -1 : 1;
        }

        var c = x.ReportingDate.CompareTo(y.ReportingDate);
        if (c != 0) { return c; }
        c = x.SaleMonth.CompareTo(y.SaleMonth);
        if (c != 0) { return c; }
        c = string.CompareOrdinal(x.Source, y.Source);
        if (c != 0) { return c; }
        c = string.CompareOrdinal(x.Store, y.Store);
        if (c != 0) { return c; }
        c = string.CompareOrdinal(x.Artist, y.Artist);
        if (c != 0) { return c; }
        c = string.CompareOrdinal(x.Title, y.Title);
        if (c != 0) { return c; }
        c = string.CompareOrdinal(x.Isrc, y.Isrc);
        if (c != 0) { return c; }
        c = string.CompareOrdinal(x.Upc, y.Upc);
        if (c != 0) { return c; }
        c = string.CompareOrdinal(x.ProductKind, y.ProductKind);
        if (c != 0) { return c; }
        c = string.CompareOrdinal(x.Country, y.Country);
        return c != 0 ? c : x.Occurrence.CompareTo(y.Occurrence);
    }
}
