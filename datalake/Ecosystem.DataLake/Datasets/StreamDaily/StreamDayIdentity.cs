namespace Ecosystem.DataLake.Datasets.StreamDaily;

internal sealed class StreamDayIdentity : IEqualityComparer<StreamDay>
{
    public bool Equals(StreamDay? x, StreamDay? y)
    {
        if (ReferenceEquals(x, y))
        {
            return true;
        }

        return x is not null && y is not null &&
            x.Date == y.Date &&
            string.Equals(x.Source, y.Source, StringComparison.Ordinal) &&
            string.Equals(x.Platform, y.Platform, StringComparison.Ordinal) &&
            string.Equals(x.Granularity, y.Granularity, StringComparison.Ordinal) &&
            string.Equals(x.Artist, y.Artist, StringComparison.Ordinal) &&
            string.Equals(x.Title, y.Title, StringComparison.Ordinal) &&
            string.Equals(x.Isrc, y.Isrc, StringComparison.Ordinal);
    }

    public int GetHashCode(StreamDay obj) =>
        HashCode.Combine(obj.Date, StringComparer.Ordinal.GetHashCode(obj.Platform), obj.Artist is null ? 0 : StringComparer.Ordinal.GetHashCode(obj.Artist), obj.Title is null ? 0 : StringComparer.Ordinal.GetHashCode(obj.Title));
}
