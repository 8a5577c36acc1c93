using System.Globalization;
using System.Text;

namespace Ecosystem.DataLake.Zones;

/// <summary>
/// Builds every object key the lake uses, in one place:
/// <c>{source}/{dataset}/ingest_date=YYYY-MM-DD/{sha256[:16]}_{original_name}</c> inside a zone, and
/// <c>dataset=…/source=…/year=YYYY/month=MM/part-00000.parquet</c> for curated partitions.
/// </summary>
public static class ObjectKeys
{
    /// <summary>Prefix of in-flight uploads in the landing zone; never a real object.</summary>
    public const string IncomingPrefix = "_incoming/";
    public const string UnknownSource = "unknown";
    public const string CuratedPartFileName = "part-00000.parquet";
    private const int MaxNameLength = 120;

    public static string Landing(string sourceHint, DateOnly ingestDate, string sha256, string originalName) =>
        $"{Segment(sourceHint)}/ingest_date={Date(ingestDate)}/{ShortHash(sha256)}_{SafeName(originalName)}";

    public static string Zoned(string source, string dataset, DateOnly ingestDate, string sha256, string originalName, string suffix = "") =>
        $"{Segment(source)}/{Segment(dataset)}/ingest_date={Date(ingestDate)}/{ShortHash(sha256)}_{SafeName(originalName)}{suffix}";

    public static string CuratedPartition(string dataset, string source, PartitionKey partition) =>
        $"dataset={Segment(dataset)}/source={Segment(source)}/{partition.Path}/{CuratedPartFileName}";

    /// <summary>An archived version keeps the full original key (zone included) and adds its SHA-256.</summary>
    public static string ArchivedVersion(Zone zone, string key, string sha256) =>
        $"{zone.FolderName()}/{key}/sha256={sha256}{Path.GetExtension(key)}";

    public static string ReasonFor(string quarantineKey) => quarantineKey + ".reason.json";

    public static string ShortHash(string sha256) => sha256[..16];

    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>A file name the client sent, made safe to use inside a key: no path, no control or odd characters.</summary>
    public static string SafeName(string originalName)
    {
        var name = originalName.Replace('\\', '/');
        name = name[(name.LastIndexOf('/') + 1)..];
        var builder = new StringBuilder(Math.Min(name.Length, MaxNameLength));
        foreach (var c in name)
        {
            if (builder.Length == MaxNameLength)
            {
                break;
            }

            builder.Append(char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_' ? c : '_');
        }

        var safe = builder.ToString().TrimStart('.', '_');
        return safe.Length == 0 ? "file" : safe;
    }

    private static string Segment(string value)
    {
        var safe = SafeName(value.ToLowerInvariant());
        return safe.Replace('.', '_');
    }
}
