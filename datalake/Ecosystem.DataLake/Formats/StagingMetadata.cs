using System.Globalization;
using Ecosystem.DataLake.Zones;

namespace Ecosystem.DataLake.Formats;

/// <summary>
/// The staging file's footer says which row groups hold which partition (<c>eco.partitions</c> =
/// <c>year=2024/month=01:0,3;year=2024/month=02:1,2</c>), so curation reads each partition's rows without a scan.
/// </summary>
public static class StagingMetadata
{
    public const string PartitionsKey = "eco.partitions";

    public static IReadOnlyDictionary<string, string> Describe(IReadOnlyDictionary<PartitionKey, List<int>> groups) =>
        new Dictionary<string, string>(StringComparer.Ordinal)
        {
            [PartitionsKey] = string.Join(';', groups.OrderBy(pair => pair.Key).Select(pair => $"{pair.Key.Path}:{string.Join(',', pair.Value)}")),
        };

    public static IReadOnlyDictionary<PartitionKey, IReadOnlyList<int>> Parse(IReadOnlyDictionary<string, string> metadata)
    {
        var result = new SortedDictionary<PartitionKey, IReadOnlyList<int>>();
        if (!metadata.TryGetValue(PartitionsKey, out var value) || value.Length == 0)
        {
            return result;
        }

        foreach (var entry in value.Split(';'))
        {
            var colon = entry.LastIndexOf(':');
            if (colon < 0 || !PartitionKey.TryParse(entry[..colon], out var partition))
            {
                throw new InvalidDataException($"Staging metadata entry '{entry}' is malformed.");
            }

            result[partition] = entry[(colon + 1)..].Split(',').Select(index => int.Parse(index, CultureInfo.InvariantCulture)).ToList();
        }

        return result;
    }
}
