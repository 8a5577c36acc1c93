namespace Ecosystem.DataLake.Datasets.AudienceDaily;

internal sealed class AudienceDayOrder : IComparer<AudienceDay>
{
    public int Compare(AudienceDay? x, AudienceDay? y)
    {
        if (ReferenceEquals(x, y))
        {
            return 0;
        }

        if (x is null || y is null)
        {
            return x is null ? -1 : 1;
        }

        var c = x.Date.CompareTo(y.Date);
        if (c != 0) { return c; }
        c = string.CompareOrdinal(x.Source, y.Source);
        if (c != 0) { return c; }
        c = string.CompareOrdinal(x.Platform, y.Platform);
        if (c != 0) { return c; }
        c = string.CompareOrdinal(x.Artist, y.Artist);
        return c != 0 ? c : x.Occurrence.CompareTo(y.Occurrence);
    }
}
