using Ecosystem.DataLake.Zones;

namespace Ecosystem.DataLake.Storage;

public sealed record StoredObject(Zone Zone, string Key, long Size, IReadOnlyDictionary<string, string> Metadata)
{
    public string? Sha256 => Metadata.TryGetValue(ObjectMetadataKeys.Sha256, out var sha) ? sha : null;
}
