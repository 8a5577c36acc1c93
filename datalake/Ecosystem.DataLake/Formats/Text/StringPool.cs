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
}
