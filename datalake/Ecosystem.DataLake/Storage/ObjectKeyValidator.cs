namespace Ecosystem.DataLake.Storage;

internal static class ObjectKeyValidator
{
    /// <summary>Rejects keys that could escape a zone folder or hide from listings.</summary>
    public static void Validate(string key)
    {
        if (string.IsNullOrEmpty(key) || key.Length > 900)
        {
            throw new ArgumentException("An object key must have 1 to 900 characters.", nameof(key));
        }

        if (key[0] == '/' || key.Contains('\\', StringComparison.Ordinal) || key.Contains('\0', StringComparison.Ordinal))
        {
            throw new ArgumentException($"Object key '{key}' must be a relative '/'-separated path.", nameof(key));
        }

        foreach (var segment in key.Split('/'))
        {
            if (segment.Length == 0 || segment[0] == '.')
            {
                throw new ArgumentException($"Object key '{key}' has an empty or dot-prefixed segment.", nameof(key));
            }
        }
    }
}
