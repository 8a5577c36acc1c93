using Ecosystem.DataLake.Zones;

namespace Ecosystem.DataLake.Storage;

/// <summary>The manifest pointed at an object the store does not have: broken infrastructure, not an outcome.</summary>
public sealed class ObjectNotFoundException : Exception
{
    public ObjectNotFoundException(Zone zone, string key)
        : base($"Object '{key}' was not found in zone '{zone.FolderName()}'.")
    {
        Zone = zone;
        Key = key;
    }

    public ObjectNotFoundException()
    {
        Key = string.Empty;
    }

    public ObjectNotFoundException(string message)
        : base(message)
    {
        Key = string.Empty;
    }

    public ObjectNotFoundException(string message, Exception innerException)
        : base(message, innerException)
    {
        Key = string.Empty;
    }

    public Zone Zone { get; }

    public string Key { get; }
}
