using System.Globalization;
using System.Security.Cryptography;

namespace Ecosystem.DataLake.Pipeline;

/// <summary>Run ids sort by start time: <c>20261123T021500Z-3f9a1c</c>.</summary>
public static class RunIds
{
    public static string New(TimeProvider clock) =>
        clock.GetUtcNow().UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture) + "-" +
        Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(3));
}
