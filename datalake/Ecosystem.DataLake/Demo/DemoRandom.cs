namespace Ecosystem.DataLake.Demo;

/// <summary>
/// Deterministic noise for the demo: a value in [0, 1) from the seed and two coordinates (a track and a day, say),
/// the same whatever order the values are asked in (SplitMix64), so every export agrees with every other.
/// </summary>
public sealed class DemoRandom(int seed)
{
    public double Next(int a, int b, int salt)
    {
        var x = unchecked((ulong)seed * 0x9E3779B97F4A7C15UL ^ ((ulong)(uint)a << 32 | (uint)b) ^ ((ulong)(uint)salt * 0xBF58476D1CE4E5B9UL));
        x = unchecked((x ^ (x >> 30)) * 0xBF58476D1CE4E5B9UL);
        x = unchecked((x ^ (x >> 27)) * 0x94D049BB133111EBUL);
        x ^= x >> 31;
        return (x >> 11) * (1.0 / (1UL << 53));
    }

    /// <summary>A factor around 1 (1 ± spread), for day-to-day noise.</summary>
    public double Around(int a, int b, int salt, double spread) => 1 + (((Next(a, b, salt) * 2) - 1) * spread);
}
