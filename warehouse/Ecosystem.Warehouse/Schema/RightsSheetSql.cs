namespace Ecosystem.Warehouse.Schema;

/// <summary>
/// How queries read <c>rights_split</c>: the newest sheet is the one in force, and a split is in force on a day when it
/// started by then (an empty start means always) and has not ended before it.
/// </summary>
internal static class RightsSheetSql
{
    public const string CurrentSheet = "(SELECT MAX(as_of) FROM rights_split)";

    /// <summary>The split (table alias <paramref name="alias"/>, or none) is in force on the day bound to <c>$today</c>.</summary>
    public static string InForceToday(string? alias = null)
    {
        var a = alias is null ? string.Empty : alias + ".";
        return $"({a}valid_from = '' OR {a}valid_from <= $today) AND ({a}valid_to IS NULL OR {a}valid_to >= $today)";
    }
}
