using Ecosystem.DataLake.Formats.Text;

namespace Ecosystem.DataLake.Sources.SoundCloud;

/// <summary>A parsed statement header: column positions by name and the currency of the revenue column.</summary>
internal sealed class SoundCloudHeader
{
    private readonly Dictionary<string, int> _positions;

    private SoundCloudHeader(Dictionary<string, int> positions, int count, string currency)
    {
        _positions = positions;
        ColumnCount = count;
        Currency = currency;
    }

    public int ColumnCount { get; }

    public string Currency { get; }

    public int this[string column] => _positions[column];

    public static bool LooksLikeHeader(IReadOnlyList<string> cells)
    {
        var names = cells.Select(cell => HeaderCell.Normalize(cell).Name).ToHashSet(StringComparer.Ordinal);
        return SoundCloudColumns.Signature.All(names.Contains);
    }

    public static SoundCloudHeader? TryRead(IReadOnlyList<string> cells, out string? problem)
    {
        var positions = new Dictionary<string, int>(StringComparer.Ordinal);
        string? currency = null;
        for (var i = 0; i < cells.Count; i++)
        {
            var (name, cellCurrency) = HeaderCell.Normalize(cells[i]);
            currency ??= cellCurrency;
            if (name.Length > 0 && !positions.TryAdd(name, i))
            {
                problem = $"column '{cells[i]}' appears twice";
                return null;
            }
        }

        var missing = SoundCloudColumns.All.Where(column => !positions.ContainsKey(column)).Order(StringComparer.Ordinal).ToList();
        var extra = positions.Keys.Where(name => !SoundCloudColumns.All.Contains(name)).Order(StringComparer.Ordinal).ToList();
        if (missing.Count > 0 || extra.Count > 0)
        {
            problem = $"unknown SoundCloud statement layout (missing: {HeaderMap.Describe(missing)}; unexpected: {HeaderMap.Describe(extra)})";
            return null;
        }

        if (currency is null)
        {
            problem = "the Revenue column does not name its currency, e.g. 'Revenue (USD)'";
            return null;
        }

        problem = null;
        return new SoundCloudHeader(positions, cells.Count, currency);
    }
}
