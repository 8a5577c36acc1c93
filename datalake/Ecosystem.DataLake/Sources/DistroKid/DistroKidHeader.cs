using System.Text.RegularExpressions;
using Ecosystem.DataLake.Formats.Text;

namespace Ecosystem.DataLake.Sources.DistroKid;

/// <summary>A parsed statement header: where each column is, which layout it is, and the statement currency.</summary>
internal sealed partial class DistroKidHeader
{
    private readonly Dictionary<string, int> _positions;

    private DistroKidHeader(Dictionary<string, int> positions, int count, string currency, string layout)
    {
        _positions = positions;
        ColumnCount = count;
        Currency = currency;
        Layout = layout;
    }

    public int ColumnCount { get; }

    public string Currency { get; }

    public string Layout { get; }

    public int this[string column] => _positions.TryGetValue(column, out var index) ? index : -1;

    /// <summary>Normalizes header cells; null when the cells are not a known layout (see <paramref name="problem"/>).</summary>
    public static DistroKidHeader? TryRead(IReadOnlyList<string> cells, out string? problem)
    {
        var positions = new Dictionary<string, int>(StringComparer.Ordinal);
        var currencies = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < cells.Count; i++)
        {
            var (name, currency) = HeaderCell.Normalize(cells[i]);
            if (currency is not null)
            {
                currencies.Add(currency);
            }

            if (!positions.TryAdd(name, i))
            {
                problem = $"column '{cells[i]}' appears twice";
                return null;
            }
        }

        var names = positions.Keys.ToHashSet(StringComparer.Ordinal);
        var layout = names.SetEquals(DistroKidColumns.Classic) ? "classic-13" : names.SetEquals(DistroKidColumns.Current) ? "current-15" : null;
        if (layout is null)
        {
            var expected = names.Contains(DistroKidColumns.DateInserted) ? DistroKidColumns.Current : DistroKidColumns.Classic;
            var missing = expected.Except(names).ToList();
            var extra = names.Except(expected).ToList();
            problem = $"unknown DistroKid header layout (missing: {HeaderMap.Describe(missing.Order(StringComparer.Ordinal))}; unexpected: {HeaderMap.Describe(extra.Order(StringComparer.Ordinal))})";
            return null;
        }

        if (currencies.Count > 1)
        {
            problem = $"money columns disagree on the currency ({string.Join(", ", currencies.Order(StringComparer.Ordinal))})";
            return null;
        }

        if (!cells.Any(cell => EarningsPattern().IsMatch(cell.Trim())))
        {
            problem = "the Earnings column does not name its currency, e.g. 'Earnings (USD)'";
            return null;
        }

        problem = null;
        return new DistroKidHeader(positions, cells.Count, currencies.Single(), layout);
    }

    [GeneratedRegex(@"^Earnings\s*\([A-Za-z]{3}\)$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex EarningsPattern();
}
