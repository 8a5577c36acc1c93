namespace Ecosystem.DataLake.Datasets.SocialDaily;

internal sealed class SocialDayIdentity : IEqualityComparer<SocialDay>
{
    public bool Equals(SocialDay? x, SocialDay? y)
    {
        if (ReferenceEquals(x, y))
        {
            return true;
        }

        return x is not null && y is not null &&
            x.Date == y.Date &&
            string.Equals(x.Metric, y.Metric, StringComparison.Ordinal) &&
            string.Equals(x.Source, y.Source, StringComparison.Ordinal) &&
            string.Equals(x.Platform, y.Platform, StringComparison.Ordinal) &&
            string.Equals(x.Account, y.Account, StringComparison.Ordinal);
    }

    public int GetHashCode(SocialDay obj) =>
        HashCode.Combine(obj.Date, StringComparer.Ordinal.GetHashCode(obj.Metric), StringComparer.Ordinal.GetHashCode(obj.Platform), obj.Account is null ? 0 : StringComparer.Ordinal.GetHashCode(obj.Account));
}
