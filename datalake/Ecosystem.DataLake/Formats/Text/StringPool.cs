namespace Ecosystem.DataLake.Formats.Text;

/// <summary>
/// Returns one shared string instance per distinct value (stores, artists, countries repeat on every line), so a
/// large statement does not allocate a new string per cell. Not thread-safe: one pool per parse.
/// </summary>
public sealed class StringPool
{
    private const int MaxPooledLength = 256;
    private const int MaxEntries = 1 << 20;
    private readonly Dictionary<string, string> _strings = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public StringPool()
    {
        _lookup = _strings.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public string Get(ReadOnlySpan<char> value)
    {
        if (value.IsEmpty)
        {
            return string.Empty;
        }

        if (value.Length > MaxPooledLength)
        {
            return value.ToString();
        }

        if (_lookup.TryGetValue(value, out var pooled))
        {
            return pooled;
        }

        var created = value.ToString();
        if (_strings.Count < MaxEntries)
        {
            _strings[created] = created;
        }

        return created;
    }

    /// <summary>The pooled value of UTF-8 text (as Parquet stores it), decoded without an intermediate string.</summary>
    public string GetUtf8(ReadOnlySpan<byte> utf8)
    {
        if (utf8.Length > MaxPooledLength)
        {
            return System.Text.Encoding.UTF8.GetString(utf8);
        }

        Span<char> chars = stackalloc char[MaxPooledLength];
        return Get(chars[..System.Text.Encoding.UTF8.GetChars(utf8, chars)]);
    }

    /// <summary>The pooled value, or null for an empty span.</summary>
    public string? GetOptional(ReadOnlySpan<char> value) => value.IsEmpty ? null : Get(value);

    /// <summary>The pooled upper-case value (ISRCs, country codes), or null for an empty span.</summary>
    public string? GetUpperInvariant(ReadOnlySpan<char> value)
    {
        if (value.IsEmpty)
        {
            return null;
        }

        Span<char> upper = value.Length <= 128 ? stackalloc char[value.Length] : new char[value.Length];
        value.ToUpperInvariant(upper);
        return Get(upper);
    }

    /// <summary>The pooled lower-case value (kinds, types).</summary>
    public string GetLowerInvariant(ReadOnlySpan<char> value)
    {
        Span<char> lower = value.Length <= 128 ? stackalloc char[value.Length] : new char[value.Length];
        value.ToLowerInvariant(lower);
        return Get(lower);
    }
}
