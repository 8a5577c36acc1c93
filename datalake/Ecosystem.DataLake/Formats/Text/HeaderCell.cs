using System.Text.RegularExpressions;

namespace Ecosystem.DataLake.Formats.Text;

/// <summary>
/// One header cell as the source formats match it: trimmed, byte-order mark and quotes removed, lower-case, and a
/// currency suffix split off, so <c>Earnings (USD)</c> becomes (<c>earnings</c>, <c>USD</c>). Money columns name
/// their currency in the header; parsers read it from there and never assume one.
/// </summary>
public static partial class HeaderCell
{
    public static (string Name, string? Currency) Normalize(string cell)
    {
        var trimmed = cell.Trim().Trim('\uFEFF').Trim().Trim('"').Trim();
        var match = CurrencySuffix().Match(trimmed);
        return match.Success
            ? (match.Groups["name"].Value.Trim().ToLowerInvariant(), match.Groups["currency"].Value.ToUpperInvariant())
            : (trimmed.ToLowerInvariant(), null);
    }

    [GeneratedRegex(@"^(?<name>.+?)\s*\((?<currency>[A-Za-z]{3})\)$", RegexOptions.CultureInvariant)]
    private static partial Regex CurrencySuffix();
}
