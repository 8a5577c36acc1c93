namespace Ecosystem.DataLake.Formats.Text;

/// <summary>
/// A header row resolved through a format's <see cref="HeaderAliases"/>: the position of each canonical column,
/// the cells no alias knows (named in quarantine reasons, so a user sees exactly what changed), the currency a
/// header cell names (<c>Amount (EUR)</c>) and the UI language the names come from.
/// </summary>
public sealed class HeaderMap
{
    private readonly Dictionary<string, int> _positions;
    private readonly Dictionary<string, string> _currencies;

    private HeaderMap(Dictionary<string, int> positions, Dictionary<string, string> currencies, IReadOnlyList<string> unknown, IReadOnlyList<string> repeated, int count, string? currency, string? language)
    {
        _positions = positions;
        _currencies = currencies;
        Unknown = unknown;
        Repeated = repeated;
        ColumnCount = count;
        Currency = currency;
        Language = language;
    }

    public int ColumnCount { get; }

    /// <summary>Header cells that are not a known name of any column, as the file spells them.</summary>
    public IReadOnlyList<string> Unknown { get; }

    /// <summary>Canonical columns that more than one header cell names.</summary>
    public IReadOnlyList<string> Repeated { get; }

    /// <summary>
    /// The first currency a known header cell names, e.g. <c>USD</c> from <c>Amount spent (USD)</c>. Where other cells
    /// end in three letters in parentheses (<c>Clicks (all)</c>), ask <see cref="CurrencyOf"/> for the money column.
    /// </summary>
    public string? Currency { get; }

    /// <summary>The language most known cells come from (the first one on a tie), or null when every known cell is language-neutral.</summary>
    public string? Language { get; }

    public IEnumerable<string> Columns => _positions.Keys;

    public static HeaderMap Read(IReadOnlyList<string> cells, HeaderAliases aliases)
    {
        var positions = new Dictionary<string, int>(StringComparer.Ordinal);
        var currencies = new Dictionary<string, string>(StringComparer.Ordinal);
        var unknown = new List<string>();
        var repeated = new List<string>();
        var languages = new Dictionary<string, int>(StringComparer.Ordinal);
        string? currency = null;
        string? language = null;
        for (var i = 0; i < cells.Count; i++)
        {
            var (name, cellCurrency) = HeaderCell.Normalize(cells[i]);
            if (name.Length == 0)
            {
                continue;
            }

            if (!aliases.TryResolve(name, out var column, out var cellLanguage))
            {
                unknown.Add(cells[i].Trim().Trim('\uFEFF').Trim('"'));
                continue;
            }

            currency ??= cellCurrency;
            if (cellCurrency is not null)
            {
                currencies.TryAdd(column, cellCurrency);
            }

            if (!positions.TryAdd(column, i))
            {
                repeated.Add(column);
            }

            if (cellLanguage.Length == 0)
            {
                continue;
            }

            var votes = languages[cellLanguage] = languages.GetValueOrDefault(cellLanguage) + 1;
            if (language is null || votes > languages[language])
            {
                language = cellLanguage;
            }
        }

        return new HeaderMap(positions, currencies, unknown, repeated, cells.Count, currency, language);
    }

    public bool Has(string column) => _positions.ContainsKey(column);

    public bool HasAll(params string[] columns) => columns.All(_positions.ContainsKey);

    /// <summary>The currency the column's header cell names (<c>Amount spent (EUR)</c> → <c>EUR</c>), or null.</summary>
    public string? CurrencyOf(string column) => _currencies.GetValueOrDefault(column);

    public int this[string column] => _positions[column];

    /// <summary>The column's position, or -1 when the header does not have it.</summary>
    public int IndexOf(string column) => _positions.GetValueOrDefault(column, -1);

    /// <summary>Names for a quarantine reason: <c>none</c>, or the names joined with commas.</summary>
    public static string Describe(IEnumerable<string> names)
    {
        var joined = string.Join(", ", names);
        return joined.Length == 0 ? "none" : joined;
    }

    /// <summary>The required columns this header lacks, in the order given.</summary>
    public IReadOnlyList<string> Missing(IEnumerable<string> required) => required.Where(column => !Has(column)).ToList();
}
