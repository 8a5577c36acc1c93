namespace Ecosystem.DataLake.Formats.Text;

/// <summary>
/// Localized header names of one format, each mapped to the canonical column it means and the UI language it comes
/// from (exports follow the account's UI language: the same column is <c>Plays</c>, <c>Lectures</c>, <c>Wiedergaben</c>).
/// Names are compared after <see cref="HeaderCell.Normalize"/> (trimmed, lower-case, currency suffix split off).
/// </summary>
public sealed class HeaderAliases
{
    private readonly Dictionary<string, (string Column, string Language)> _aliases = new(StringComparer.Ordinal);

    /// <summary>A name several languages share (French and English <c>Date</c>): it says nothing about the language.</summary>
    public const string AnyLanguage = "";

    /// <summary>
    /// Adds the names a column has in one language. A name another language already gave the same column becomes
    /// language-neutral; a name two columns claim is a mistake in the table.
    /// </summary>
    public HeaderAliases Add(string column, string language, params string[] names)
    {
        foreach (var name in names)
        {
            var key = HeaderCell.Normalize(name).Name;
            if (!_aliases.TryGetValue(key, out var existing))
            {
                _aliases[key] = (column, language);
            }
            else if (!string.Equals(existing.Column, column, StringComparison.Ordinal))
            {
                throw new ArgumentException($"Header name '{name}' cannot mean both '{existing.Column}' and '{column}'.", nameof(names));
            }
            else if (!string.Equals(existing.Language, language, StringComparison.Ordinal))
            {
                _aliases[key] = (column, AnyLanguage);
            }
        }

        return this;
    }

    public bool TryResolve(string normalizedName, out string column, out string language)
    {
        if (_aliases.TryGetValue(normalizedName, out var entry))
        {
            (column, language) = entry;
            return true;
        }

        column = language = string.Empty;
        return false;
    }
}
