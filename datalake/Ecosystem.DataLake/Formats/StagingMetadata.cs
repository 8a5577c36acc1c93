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
    public const string SourceKey = "eco.source";
    public const string SourceSha256Key = "eco.source_sha256";
    public const string RunIdKey = "eco.run_id";

    public static IReadOnlyDictionary<string, string> Describe(IReadOnlyDictionary<PartitionKey, List<int>> groups, ParseContext context) =>
        new Dictionary<string, string>(StringComparer.Ordinal)
        {
            [PartitionsKey] = string.Join(';', groups.OrderBy(pair => pair.Key).Select(pair => $"{pair.Key.Path}:{string.Join(',', pair.Value)}")),
            [SourceKey] = context.Source,
            [SourceSha256Key] = context.SourceSha256,
            [RunIdKey] = context.RunId,
        };

    /// <summary>The per-file values the staging footer holds for every row.</summary>
    public static (string Source, string SourceSha256, string RunId) FileValues(IReadOnlyDictionary<string, string> metadata) =>
        metadata.TryGetValue(SourceKey, out var source) && metadata.TryGetValue(SourceSha256Key, out var sha) && metadata.TryGetValue(RunIdKey, out var run)
            ? (source, sha, run)
            : throw new InvalidDataException("The staging file's footer lacks its source, SHA-256 or run id.");

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
