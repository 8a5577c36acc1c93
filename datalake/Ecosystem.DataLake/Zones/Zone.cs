namespace Ecosystem.DataLake.Zones;

/// <summary>The lake's zones. Buckets on S3 (prefix + name), top-level folders on the local lake.</summary>
public enum Zone
{
    Landing,
    Raw,
    Staging,
    Curated,
    Archive,
    Quarantine,
    Exports,
}
