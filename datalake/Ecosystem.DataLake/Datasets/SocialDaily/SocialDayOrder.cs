namespace Ecosystem.DataLake.Datasets.SocialDaily;

internal sealed class SocialDayOrder : IComparer<SocialDay>
{
    public int Compare(SocialDay? x, SocialDay? y)
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
        c = string.CompareOrdinal(x.Account, y.Account);
        if (c != 0) { return c; }
        c = string.CompareOrdinal(x.Metric, y.Metric);
        return c != 0 ? c : x.Occurrence.CompareTo(y.Occurrence);
    }
}
