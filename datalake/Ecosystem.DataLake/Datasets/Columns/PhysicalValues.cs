using System.Runtime.CompilerServices;

namespace Ecosystem.DataLake.Datasets.Columns;

/// <summary>Conversions between a column's values and what Parquet stores for them.</summary>
internal static class PhysicalValues
{
    /// <summary>Money and percentages: DECIMAL(18, 12) on INT64 (see <see cref="DecimalColumn{TRow}"/>).</summary>
    public const int DecimalPrecision = 18;
    public const int DecimalScale = 12;

    private const long UnscaledPerUnit = 1_000_000_000_000;
    private static readonly long[] PowersOfTen = [1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000, 1_000_000_000, 10_000_000_000, 100_000_000_000, 1_000_000_000_000];
    /// <summary>The largest mantissa that times <see cref="PowersOfTen"/>[i] still fits a long.</summary>
    private static readonly ulong[] LargestMantissas = [.. PowersOfTen.Select(factor => (ulong)(long.MaxValue / factor))];
    private static readonly int UnixEpochDayNumber = new DateOnly(1970, 1, 1).DayNumber;

    public static int ToDays(DateOnly date) => date.DayNumber - UnixEpochDayNumber;

    public static DateOnly FromDays(int days) => DateOnly.FromDayNumber(days + UnixEpochDayNumber);

    /// <summary>The value times 10^12, exactly: a value with more places or out of range is an error, never rounded.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static long ToUnscaled(decimal value)
    {
        // The usual case, without decimal arithmetic: a 64-bit mantissa with at most 12 places, scaled up by a power of 10.
        var scale = value.Scale;
        if (scale <= DecimalScale)
        {
            Span<int> bits = stackalloc int[4];
            decimal.GetBits(value, bits);
            var mantissa = (ulong)(uint)bits[0] | ((ulong)(uint)bits[1] << 32);
            var places = DecimalScale - scale;
            if (bits[2] == 0 && mantissa <= LargestMantissas[places])
            {
                var unscaled = (long)mantissa * PowersOfTen[places];
                return decimal.IsNegative(value) ? -unscaled : unscaled;
            }
        }

        var scaled = value * UnscaledPerUnit;
        return decimal.Truncate(scaled) == scaled && scaled is >= long.MinValue and <= long.MaxValue
            ? decimal.ToInt64(scaled)
            : throw new InvalidDataException($"{value} does not fit DECIMAL({DecimalPrecision}, {DecimalScale}).");
    }

    /// <summary>The decimal with scale 12 whose unscaled value is <paramref name="unscaled"/>, built without division.</summary>
    public static decimal FromUnscaled(long unscaled)
    {
        var magnitude = unscaled < 0 ? (ulong)-unscaled : (ulong)unscaled;
        return new decimal((int)(uint)magnitude, (int)(uint)(magnitude >> 32), 0, unscaled < 0, DecimalScale);
    }
}
