using System.Globalization;

namespace Ecosystem.DataLake.Zones;

/// <summary>A Hive partition of a curated dataset: one calendar month.</summary>
public readonly record struct PartitionKey(int Year, int Month) : IComparable<PartitionKey>
{
    public string Path => string.Create(CultureInfo.InvariantCulture, $"year={Year:D4}/month={Month:D2}");

    public static PartitionKey Of(DateOnly date) => new(date.Year, date.Month);

    public static bool TryParse(string path, out PartitionKey key)
    {
        key = default;
        var parts = path.Split('/');
        if (parts.Length != 2 || !parts[0].StartsWith("year=", StringComparison.Ordinal) || !parts[1].StartsWith("month=", StringComparison.Ordinal))
        {
            return false;
        }

        if (!int.TryParse(parts[0].AsSpan(5), NumberStyles.None, CultureInfo.InvariantCulture, out var year) ||
            !int.TryParse(parts[1].AsSpan(6), NumberStyles.None, CultureInfo.InvariantCulture, out var month) ||
            month is < 1 or > 12)
        {
            return false;
        }

        key = new PartitionKey(year, month);
        return true;
    }

    public int CompareTo(PartitionKey other) => (Year, Month).CompareTo((other.Year, other.Month));

    public static bool operator <(PartitionKey left, PartitionKey right) => left.CompareTo(right) < 0;

    public static bool operator <=(PartitionKey left, PartitionKey right) => left.CompareTo(right) <= 0;

    public static bool operator >(PartitionKey left, PartitionKey right) => left.CompareTo(right) > 0;

    public static bool operator >=(PartitionKey left, PartitionKey right) => left.CompareTo(right) >= 0;

    public override string ToString() => Path;
}
