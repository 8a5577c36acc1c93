namespace Ecosystem.DataLake.Storage;

public static class ObjectMetadataKeys
{
    public const string Sha256 = "sha256";
    public const string OriginalName = "original-name";
    public const string Source = "source";
    public const string RunId = "run-id";

    public static Dictionary<string, string> Create(string sha256) => new(StringComparer.Ordinal) { [Sha256] = sha256 };

    public static IReadOnlyDictionary<string, string> Empty { get; } = new Dictionary<string, string>(StringComparer.Ordinal);
}
