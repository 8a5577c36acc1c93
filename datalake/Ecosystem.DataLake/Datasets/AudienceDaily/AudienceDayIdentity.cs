namespace Ecosystem.DataLake.Datasets.AudienceDaily;

internal sealed class AudienceDayIdentity : IEqualityComparer<AudienceDay>
{
    public bool Equals(AudienceDay? x, AudienceDay? y)
    {
        if (ReferenceEquals(x, y))
        {
            return true;
        }

        return x is not null && y is not null &&
            x.Date == y.Date &&
            string.Equals(x.Source, y.Source, StringComparison.Ordinal) &&
            string.Equals(x.Platform, y.Platform, StringComparison.Ordinal) &&
            string.Equals(x.Artist, y.Artist, StringComparison.Ordinal);
    }

    public int GetHashCode(AudienceDay obj) =>
        HashCode.Combine(obj.Date, StringComparer.Ordinal.GetHashCode(obj.Platform), obj.Artist is null ? 0 : StringComparer.Ordinal.GetHashCode(obj.Artist));
}
