namespace Ecosystem.DataLake.Datasets.AdDaily;

internal sealed class AdRowOrder : IComparer<AdRow>
{
    public int Compare(AdRow? x, AdRow? y)
    {
        if (ReferenceEquals(x, y))
        {
            return 0;
        }

        if (x is null || y is null)
        {
            return x is null ? -1 : 1;
        }

        var c = x.DateStart.CompareTo(y.DateStart);
        if (c != 0) { return c; }
        c = x.DateEnd.CompareTo(y.DateEnd);
        if (c != 0) { return c; }
        c = string.CompareOrdinal(x.Source, y.Source);
        if (c != 0) { return c; }
        c = string.CompareOrdinal(x.Granularity, y.Granularity);
        if (c != 0) { return c; }
        c = string.CompareOrdinal(x.Account, y.Account);
        if (c != 0) { return c; }
        c = string.CompareOrdinal(x.Campaign, y.Campaign);
        if (c != 0) { return c; }
        c = string.CompareOrdinal(x.AdSet, y.AdSet);
        if (c != 0) { return c; }
        c = string.CompareOrdinal(x.Ad, y.Ad);
        if (c != 0) { return c; }
        c = string.CompareOrdinal(x.Age, y.Age);
        if (c != 0) { return c; }
        c = string.CompareOrdinal(x.Gender, y.Gender);
        return c != 0 ? c : x.Occurrence.CompareTo(y.Occurrence);
    }
}
