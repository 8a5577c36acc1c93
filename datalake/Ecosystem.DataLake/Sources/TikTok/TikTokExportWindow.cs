using System.Globalization;
using System.Text.RegularExpressions;

namespace Ecosystem.DataLake.Sources.TikTok;

/// <summary>
/// Gives TikTok's year-less days their years. An export is one window of consecutive days, at most a year long, in
/// ascending order, ending on the day it was downloaded. The end is taken from the export's own name when TikTok put
/// it there (<c>Overview_2026-01-02_1767312000_handle.zip</c>: the Unix time of the download; the date beside it is the
/// window's start), else from the day the file landed. Walking back from the last row, the year drops by one each
/// time the month/day goes up, so a window from 30 December to 2 January gets both years right; a window that would
/// span more than 366 days is not a TikTok export and is refused, never guessed.
/// </summary>
internal static partial class TikTokExportWindow
{
    public const int MaxDays = 366;

    /// <summary>
    /// The day the export was downloaded, from its name or its landing day, or null when neither says. A file
    /// unpacked from TikTok's ZIP is named <c>{zip name}/{entry}</c>: every part of the name is looked at.
    /// </summary>
    public static DateOnly? ExportDay(string originalName, DateOnly? landedOn)
    {
        var match = ExportName(originalName);
        if (match.Success && long.TryParse(match.Groups["epoch"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var epoch))
        {
            return DateOnly.FromDateTime(DateTimeOffset.FromUnixTimeSeconds(epoch).UtcDateTime);
        }

        return landedOn;
    }

    /// <summary>The account handle TikTok puts at the end of an export's name, or null.</summary>
    public static string? HandleOf(string originalName)
    {
        var match = ExportName(originalName);
        return match.Success && match.Groups["handle"].Success ? match.Groups["handle"].Value : null;
    }

    /// <summary>
    /// The dates of <paramref name="days"/> (month, day) in file order, given the export day; or a reason the days are
    /// not one window ending on or before that day.
    /// </summary>
    public static (DateOnly[]? Dates, string? Problem) Place(IReadOnlyList<(int Month, int Day)> days, DateOnly exportDay)
    {
        var dates = new DateOnly[days.Count];
        if (days.Count == 0)
        {
            return (dates, null);
        }

        var (lastMonth, lastDay) = days[^1];
        var year = (lastMonth, lastDay).CompareTo((exportDay.Month, exportDay.Day)) > 0 ? exportDay.Year - 1 : exportDay.Year;
        for (var i = days.Count - 1; i >= 0; i--)
        {
            var (month, day) = days[i];
            if (i < days.Count - 1 && (month, day).CompareTo((days[i + 1].Month, days[i + 1].Day)) >= 0)
            {
                year--; // going back past 1 January
            }

            if (day > DateTime.DaysInMonth(year, month))
            {
                return (null, string.Create(CultureInfo.InvariantCulture, $"29 February falls in {year}, not a leap year: the rows are not one export window"));
            }

            dates[i] = new DateOnly(year, month, day);
        }

        var span = dates[^1].DayNumber - dates[0].DayNumber + 1;
        return span > MaxDays
            ? (null, string.Create(CultureInfo.InvariantCulture, $"the rows span {span} days once placed in time; a TikTok export covers at most 365 days in ascending order"))
            : (dates, null);
    }

    private static Match ExportName(string originalName) =>
        originalName.Replace('\\', '/').Split('/').Reverse().Select(part => EpochInName().Match(part)).FirstOrDefault(match => match.Success) ?? Match.Empty;

    [GeneratedRegex(@"_(?<epoch>\d{10})(?:_(?<handle>[A-Za-z0-9._]+?))?(?:\s*\(\d+\))?(?:\.zip|\.csv)?$", RegexOptions.CultureInvariant)]
    private static partial Regex EpochInName();
}
