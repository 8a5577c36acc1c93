using Ecosystem.Warehouse.Kpis;
using Ecosystem.Warehouse.Loading;
using Ecosystem.Warehouse.Schema;

namespace Ecosystem.Warehouse.Reports;

/// <summary>What report builders read: the KPI context (connection, today, fx sheet, stream series, royalty aggregates).</summary>
public sealed class ReportContext(KpiContext kpis)
{
    private Dictionary<long, TrackName>? _tracks;

    public KpiContext Kpis { get; } = kpis;

    /// <summary>Catalogue names by track id (0, and any id not in the catalogue, reads as "not in the catalogue").</summary>
    public TrackName Track(long id)
    {
        _tracks ??= SqlQuery.List(Kpis.Connection, """
            SELECT t.id, t.isrc, t.title, a.name, COALESCE(r.title, '') FROM track t
            JOIN artist_alias a ON a.id = t.artist_alias_id LEFT JOIN release r ON r.id = t.release_id
            """, r => new TrackName(r.GetInt64(0), r.GetString(1), r.GetString(2), r.GetString(3), r.GetString(4))).ToDictionary(t => t.Id);
        return _tracks.TryGetValue(id, out var track) ? track : new TrackName(id, string.Empty, "(not in the catalogue)", string.Empty, string.Empty);
    }

    /// <summary>ISO text of a date, as every report writes dates.</summary>
    public static string Date(DateOnly date) => SqlValues.Date(date);

    /// <summary>The first of a month as <c>YYYY-MM-01</c>: monthly series use the month's first day as their period.</summary>
    public static string Month(DateOnly month) => SqlValues.Date(KpiContext.MonthOf(month));
}

public sealed record TrackName(long Id, string Isrc, string Title, string Artist, string Release);
