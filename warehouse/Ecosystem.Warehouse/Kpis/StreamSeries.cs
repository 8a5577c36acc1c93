using Ecosystem.Warehouse.Loading;
using Ecosystem.Warehouse.Schema;
using Microsoft.Data.Sqlite;

namespace Ecosystem.Warehouse.Kpis;

/// <summary>
/// Daily streams for the stream KPIs, one series per platform so that overlapping sources are never added: for each
/// platform the distributor's trend data when there is some (DistroKid, TooLost), else the platform's own analytics;
/// within a source the coarsest granularity it delivers (platform total, else per artist, else per track). Different
/// platforms are different streams and do add up.
/// </summary>
public sealed class StreamSeries
{
    private static readonly string[] DistributorSources = ["distrokid", "toolost"];
    private static readonly string[] Granularities = ["platform_total", "artist", "track"];

    public Dictionary<string, SortedDictionary<DateOnly, long>> ByPlatform { get; } = new(StringComparer.Ordinal);

    /// <summary>The (source, granularity) chosen for each platform.</summary>
    public Dictionary<string, (string Source, string Granularity)> Chosen { get; } = new(StringComparer.Ordinal);

    public DateOnly? Latest { get; private set; }

    public IEnumerable<string> Sources => Chosen.Values.Select(c => c.Source);

    public static StreamSeries Read(SqliteConnection connection)
    {
        var series = new StreamSeries();
        var rows = SqlQuery.List(connection, """
            SELECT p.name, s.source, s.granularity, s.date, SUM(s.streams)
            FROM stream_daily s JOIN platform p ON p.id = s.platform_id
            GROUP BY p.name, s.source, s.granularity, s.date
            """, r => (Platform: r.GetString(0), Source: r.GetString(1), Granularity: r.GetString(2), Date: SqlValues.ParseDate(r.GetString(3)), Streams: r.GetInt64(4)));
        foreach (var platform in rows.GroupBy(r => r.Platform))
        {
            var best = platform.Select(r => (r.Source, r.Granularity)).Distinct()
                .OrderBy(c => DistributorSources.Contains(c.Source) ? 0 : 1)
                .ThenBy(c => Array.IndexOf(Granularities, c.Granularity))
                .ThenBy(c => c.Source, StringComparer.Ordinal)
                .First();
            series.Chosen[platform.Key] = best;
            var days = new SortedDictionary<DateOnly, long>();
            foreach (var row in platform.Where(r => r.Source == best.Source && r.Granularity == best.Granularity))
            {
                days[row.Date] = row.Streams;
            }

            series.ByPlatform[platform.Key] = days;
            var last = days.Keys.Max();
            series.Latest = series.Latest is { } l && l > last ? l : last;
        }

        return series;
    }

    /// <summary>Streams on the days from <paramref name="from"/> to <paramref name="to"/> inclusive, over every platform (or one).</summary>
    public long Sum(DateOnly from, DateOnly to, string? platform = null) =>
        ByPlatform.Where(p => platform is null || p.Key == platform)
            .Sum(p => p.Value.Where(d => d.Key >= from && d.Key <= to).Sum(d => d.Value));

    /// <summary>True when any series has data for a day in the range (so a zero is a real zero).</summary>
    public bool Covers(DateOnly from, DateOnly to) => ByPlatform.Values.Any(days => days.Keys.Any(d => d >= from && d <= to));
}
