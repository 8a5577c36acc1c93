namespace Ecosystem.DataLake.Datasets.StreamDaily;

internal sealed class StreamDayOrder : IComparer<StreamDay>
{
    public int Compare(StreamDay? x, StreamDay? y)
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
        c = string.CompareOrdinal(x.Granularity, y.Granularity);
        if (c != 0) { return c; }
        c = string.CompareOrdinal(x.Artist, y.Artist);
        if (c != 0) { return c; }
        c = string.CompareOrdinal(x.Title, y.Title);
        if (c != 0) { return c; }
        c = string.CompareOrdinal(x.Isrc, y.Isrc);
        return c != 0 ? c : x.Occurrence.CompareTo(y.Occurrence);
    }
}
