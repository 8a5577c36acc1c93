using System.Text.RegularExpressions;

namespace Ecosystem.DataLake.Formats.Text;

/// <summary>
/// The window some exports write only into their file name: <c>…-songs-1year.csv</c>, <c>…-playlists-28day.csv</c>,
/// <c>…time-filter=all….json</c> — <c>1day</c>, <c>7day</c>, <c>28day</c>, <c>1year</c> or <c>all</c>.
/// </summary>
public static partial class ExportNames
{
    public static string? PeriodOf(string originalName)
    {
        var match = Period().Match(originalName);
        return match.Success ? match.Groups["period"].Value.ToLowerInvariant() : null;
    }

    [GeneratedRegex(@"(?:-songs-|-playlists-|time-filter=)(?<period>1day|7day|28day|1year|all)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Period();
}
