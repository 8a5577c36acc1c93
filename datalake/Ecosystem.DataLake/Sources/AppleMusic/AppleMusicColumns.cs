using Ecosystem.DataLake.Formats.Text;

namespace Ecosystem.DataLake.Sources.AppleMusic;

/// <summary>
/// Apple Music for Artists chart downloads (SOURCES.md §6): a date column and one measure, headers in the account's
/// UI language. Apple publishes no specification, so the names here are the ones seen (English and French) plus the
/// UI's own wording in Spanish, Portuguese and German; a header outside this table is quarantined with its cells.
/// </summary>
internal static class AppleMusicColumns
{
    public const string SourceId = "apple_music";
    public const string Platform = "Apple Music";

    public const string Date = "date";
    public const string Plays = "plays";
    public const string Listeners = "listeners";

    /// <summary>A chart download is a date and a measure; a header this narrow with an unknown cell is a changed chart.</summary>
    private const int MaxChartColumns = 3;

    public static HeaderAliases Aliases { get; } = new HeaderAliases()
        .Add(Date, "en", "Date", "Day")
        .Add(Date, "fr", "Date", "Jour")
        .Add(Date, "es", "Fecha", "Día")
        .Add(Date, "pt", "Data", "Dia")
        .Add(Date, "de", "Datum", "Tag")
        .Add(Plays, "en", "Plays")
        .Add(Plays, "fr", "Lectures")
        .Add(Plays, "es", "Reproducciones")
        .Add(Plays, "pt", "Reproduções")
        .Add(Plays, "de", "Wiedergaben")
        .Add(Listeners, "en", "Listeners", "Average Daily Listeners")
        .Add(Listeners, "fr", "Auditeurs", "Auditeurs quotidiens moyens", "Moyenne des auditeurs quotidiens")
        .Add(Listeners, "es", "Oyentes", "Oyentes diarios promedio", "Promedio de oyentes diarios")
        .Add(Listeners, "pt", "Ouvintes", "Média de ouvintes diários", "Ouvintes diários médios")
        .Add(Listeners, "de", "Hörer", "Durchschnittliche tägliche Hörer", "Hörer:innen");

    /// <summary>The export's day/month order follows its language: US English writes the month first.</summary>
    public static DayMonthOrder OrderFor(string? language) => language is null or "en" ? DayMonthOrder.MonthFirst : DayMonthOrder.DayFirst;

    /// <summary>
    /// The measure of a two-column chart download (<see cref="Plays"/> or <see cref="Listeners"/>), null when the header
    /// is not an Apple chart, or a problem when it looks like one in a shape this table does not know.
    /// </summary>
    public static (string? Measure, string? Problem) Classify(IReadOnlyList<string> cells)
    {
        var header = HeaderMap.Read(cells, Aliases);
        var hasPlays = header.Has(Plays);
        var hasListeners = header.Has(Listeners);
        if (!header.Has(Date) || (!hasPlays && !hasListeners))
        {
            return (null, null);
        }

        if (header.Unknown.Count > 0 && header.ColumnCount > MaxChartColumns)
        {
            return (null, null); // a wide table that happens to have a date and listeners is some other export
        }

        if (header.Unknown.Count > 0 || header.Repeated.Count > 0 || (hasPlays && hasListeners))
        {
            var unexpected = header.Unknown.Concat(header.Repeated).ToList();
            return (null, $"unknown Apple Music for Artists chart layout: expected a date and one measure (plays or listeners); unexpected: {(unexpected.Count == 0 ? "both plays and listeners" : string.Join(", ", unexpected))}");
        }

        return (hasPlays ? Plays : Listeners, null);
    }
}
