using Ecosystem.Warehouse.Loading;
using Ecosystem.Warehouse.Schema;
using Microsoft.Data.Sqlite;

namespace Ecosystem.Warehouse.Kpis;

/// <summary>How recent each source's data is, from the dates in the data itself (never file times).</summary>
public sealed record Freshness(string Source, string Table, DateOnly Latest)
{
    private const string Sql = """
        SELECT source, table_name, MAX(latest) FROM (
            SELECT source, 'royalty_line' AS table_name, date(MAX(sale_month), '+1 month', '-1 day') AS latest FROM royalty_month GROUP BY source
            UNION ALL SELECT source, 'stream_daily', MAX(date) FROM stream_daily GROUP BY source
            UNION ALL SELECT source, 'audience_daily', MAX(date) FROM audience_daily GROUP BY source
            UNION ALL SELECT source, 'song_period', MAX(as_of) FROM song_period GROUP BY source
            UNION ALL SELECT source, 'social_daily', MAX(date) FROM social_daily GROUP BY source
            UNION ALL SELECT source, 'social_post', MAX(as_of) FROM social_post GROUP BY source
            UNION ALL SELECT source, 'ad_daily', MAX(date_end) FROM ad_daily GROUP BY source
            UNION ALL SELECT source, 'email_campaign', MAX(send_date) FROM email_campaign GROUP BY source
            UNION ALL SELECT source, 'email_audience_daily', MAX(date) FROM email_audience_daily GROUP BY source
            UNION ALL SELECT source, 'link_daily', MAX(date) FROM link_daily GROUP BY source
            UNION ALL SELECT source, 'expense', MAX(date) FROM expense GROUP BY source
            UNION ALL SELECT source, 'rights_split', MAX(as_of) FROM rights_split GROUP BY source
            UNION ALL SELECT source, 'catalog_entry', MAX(as_of) FROM catalog_entry GROUP BY source
            UNION ALL SELECT source, 'fx_rate', MAX(date) FROM fx_rate GROUP BY source
        ) GROUP BY source ORDER BY source
        """;

    /// <summary>Each source's latest date; a running month's statement speaks for no later than today.</summary>
    public static List<Freshness> Read(SqliteConnection connection, DateOnly today) =>
        SqlQuery.List(connection, Sql, r => new Freshness(r.GetString(0), r.GetString(1), SqlValues.ParseDate(r.GetString(2)) is var d && d > today ? today : d));
}
