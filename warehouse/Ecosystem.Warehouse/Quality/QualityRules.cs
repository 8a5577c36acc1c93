using System.Globalization;
using Ecosystem.Warehouse.Loading;
using Ecosystem.Warehouse.Schema;
using Microsoft.Data.Sqlite;

namespace Ecosystem.Warehouse.Quality;

/// <summary>
/// The data-quality rules, evaluated over the whole warehouse after every load that wrote something. The open set is
/// kept in <c>quality_issue</c> (one row per rule and entity): new findings are added with the run that found them,
/// findings that no longer hold are removed, and a finding that persists keeps its first run.
/// </summary>
public static class QualityRules
{
    /// <summary>
    /// Revenue per stream outside this band (USD) is worth a look: audio stores pay about $0.002–$0.01, Meta and
    /// TikTok about $0.00001 per use; below or above means a misplaced decimal or a wrong currency.
    /// </summary>
    public const decimal MinPerStream = 0.000005m;
    public const decimal MaxPerStream = 0.05m;

    /// <summary>Days without an fx rate that a rate from just before may cover (weekends and bank holidays).</summary>
    public const int FxLookbackDays = 4;

    private static readonly string[] IssueParameters = ["$severity", "$rule", "$entity", "$message"];

    public static async Task<int> EvaluateAsync(SqliteConnection connection, long etlRun, DateOnly today, CancellationToken cancellationToken)
    {
        var issues = Find(connection, today).GroupBy(i => (i.Rule, i.Entity)).Select(g => g.First()).ToList();
        using var transaction = connection.BeginTransaction();
        using (var upsert = connection.CreateCommand())
        {
            upsert.Transaction = transaction;
            upsert.CommandText = """
                INSERT INTO quality_issue (severity, rule, entity, message, detected_run_id) VALUES ($severity, $rule, $entity, $message, $run)
                ON CONFLICT (rule, entity) DO UPDATE SET severity = excluded.severity, message = excluded.message
                WHERE severity IS NOT excluded.severity OR message IS NOT excluded.message
                """;
            var parameters = IssueParameters.Select(n => upsert.Parameters.Add(n, SqliteType.Text)).ToArray();
            upsert.Parameters.AddWithValue("$run", etlRun);
            foreach (var issue in issues)
            {
                cancellationToken.ThrowIfCancellationRequested();
                (parameters[0].Value, parameters[1].Value, parameters[2].Value, parameters[3].Value) = (issue.Severity, issue.Rule, issue.Entity, issue.Message);
                upsert.ExecuteNonQuery();
            }
        }

        var current = issues.Select(i => (i.Rule, i.Entity)).ToHashSet();
        var stale = new List<long>();
        using (var select = connection.CreateCommand())
        {
            select.Transaction = transaction;
            select.CommandText = "SELECT id, rule, entity FROM quality_issue";
            using var reader = select.ExecuteReader();
            while (reader.Read())
            {
                if (!current.Contains((reader.GetString(1), reader.GetString(2))))
                {
                    stale.Add(reader.GetInt64(0));
                }
            }
        }

        using (var delete = connection.CreateCommand())
        {
            delete.Transaction = transaction;
            delete.CommandText = "DELETE FROM quality_issue WHERE id = $id";
            var id = delete.Parameters.Add("$id", SqliteType.Integer);
            foreach (var row in stale)
            {
                id.Value = row;
                delete.ExecuteNonQuery();
            }
        }

        await transaction.CommitAsync(cancellationToken);
        return issues.Count;
    }

    public static async Task<int> OpenCountAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM quality_issue";
        return Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
    }

    public static IEnumerable<QualityIssue> Find(SqliteConnection connection, DateOnly today)
    {
        var day = SqlValues.Date(today);
        return NegativeCounts(connection)
            .Concat(FutureDates(connection, day))
            .Concat(DailyGaps(connection))
            .Concat(RevenuePerStream(connection))
            .Concat(UnknownStores(connection))
            .Concat(IsrcsMissingFromCatalog(connection))
            .Concat(TracksWithoutSplit(connection, day))
            .Concat(SplitSums(connection, day))
            .Concat(SplitPeriods(connection, day))
            .Concat(MissingFxRates(connection));
    }

    private static IEnumerable<QualityIssue> NegativeCounts(SqliteConnection connection)
    {
        (string Table, string Column, string Where, string Describe)[] checks =
        [
            ("stream_daily", "streams", "streams < 0", "source || ' ' || date || ' ' || title"),
            ("audience_daily", "listeners", "listeners < 0", "source || ' ' || date"),
            ("audience_daily", "followers", "followers < 0", "source || ' ' || date"),
            ("social_daily", "value", "value < 0 AND metric <> 'followers_delta'", "source || ' ' || date || ' ' || metric"),
            ("link_daily", "clicks", "clicks < 0 OR views < 0", "source || ' ' || date || ' ' || link"),
            ("ad_daily", "impressions", "impressions < 0 OR clicks < 0", "source || ' ' || date_start || ' ' || campaign"),
            ("royalty_line", "quantity", "quantity < 0 AND is_adjustment = 0", "source || ' ' || sale_month || ' ' || title"),
        ];
        foreach (var (table, column, where, describe) in checks)
        {
            foreach (var (what, value) in Query(connection, $"SELECT {describe}, {column} FROM {table} WHERE {where} ORDER BY 1", r => (r.GetString(0), r.IsDBNull(1) ? 0 : r.GetInt64(1))))
            {
                yield return new QualityIssue(QualityIssue.Error, "negative_count", $"{table}/{what}", $"{table} {what}: {column} is {value}, and a count cannot be negative.");
            }
        }
    }

    private static IEnumerable<QualityIssue> FutureDates(SqliteConnection connection, string today)
    {
        (string Table, string Column)[] checks =
        [
            ("stream_daily", "date"), ("audience_daily", "date"), ("social_daily", "date"), ("link_daily", "date"),
            ("ad_daily", "date_start"), ("email_audience_daily", "date"), ("expense", "date"), ("royalty_month", "sale_month"),
        ];
        foreach (var (table, column) in checks)
        {
            foreach (var (source, first, rows) in Query(connection, $"SELECT source, MIN({column}), COUNT(*) FROM {table} WHERE {column} > $today GROUP BY source ORDER BY source", r => (r.GetString(0), r.GetString(1), r.GetInt64(2)), ("$today", today)))
            {
                yield return new QualityIssue(QualityIssue.Error, "future_date", $"{table}/{source}", $"{rows} {table} rows from {source} are dated after today ({today}), the first on {first}.");
            }
        }
    }

    private static IEnumerable<QualityIssue> DailyGaps(SqliteConnection connection)
    {
        const string Sql = """
            SELECT series, prev, date FROM (
                SELECT source || '/' || platform_id || '/' || granularity || '/' || artist || '/' || title || '/' || isrc AS series, date,
                       LAG(date) OVER (PARTITION BY source, platform_id, granularity, artist, title, isrc ORDER BY date) AS prev
                FROM (SELECT DISTINCT source, platform_id, granularity, artist, title, isrc, date FROM stream_daily)
                UNION ALL
                SELECT source || '/' || platform_id || '/' || artist, date,
                       LAG(date) OVER (PARTITION BY source, platform_id, artist ORDER BY date)
                FROM (SELECT DISTINCT source, platform_id, artist, date FROM audience_daily)
            ) WHERE prev IS NOT NULL AND julianday(date) - julianday(prev) > 1
            ORDER BY series, date
            """;
        foreach (var (series, prev, date) in Query(connection, Sql, r => (r.GetString(0), SqlValues.ParseDate(r.GetString(1)), SqlValues.ParseDate(r.GetString(2)))))
        {
            var from = prev.AddDays(1);
            var to = date.AddDays(-1);
            yield return new QualityIssue(QualityIssue.Warning, "daily_gap", $"{series}@{SqlValues.Date(from)}",
                $"The daily series {series} has no data from {SqlValues.Date(from)} to {SqlValues.Date(to)} ({to.DayNumber - from.DayNumber + 1} days); download that range again.");
        }
    }

    private static IEnumerable<QualityIssue> RevenuePerStream(SqliteConnection connection)
    {
        const string Sql = """
            SELECT m.source, m.sale_month, s.name, SUM(m.quantity), SUM(m.amount_nanos)
            FROM royalty_month m JOIN store_alias s ON s.id = m.store_alias_id
            WHERE m.unit_kind = 'stream' AND m.currency = 'USD'
            GROUP BY m.source, m.sale_month, s.name HAVING SUM(m.quantity) >= 1000
            ORDER BY m.source, m.sale_month, s.name
            """;
        foreach (var (source, month, store, streams, nanos) in Query(connection, Sql, r => (r.GetString(0), r.GetString(1), r.GetString(2), r.GetInt64(3), r.GetInt64(4))))
        {
            var perStream = SqlValues.FromNanos(nanos) / streams;
            if (perStream < MinPerStream || perStream > MaxPerStream)
            {
                yield return new QualityIssue(QualityIssue.Warning, "revenue_per_stream", $"{source}/{month[..7]}/{store}",
                    $"{store} paid ${perStream:0.######} per stream in {month[..7]} ({streams} streams, {source}), outside the plausible ${MinPerStream}–${MaxPerStream}.");
            }
        }
    }

    private static IEnumerable<QualityIssue> UnknownStores(SqliteConnection connection) =>
        Query(connection, "SELECT s.name, SUM(m.lines) FROM store_alias s JOIN royalty_month m ON m.store_alias_id = s.id WHERE s.known = 0 GROUP BY s.name ORDER BY s.name",
            r => (r.GetString(0), r.GetInt64(1)))
        .Select(s => new QualityIssue(QualityIssue.Warning, "unknown_store", s.Item1,
            $"The store '{s.Item1}' ({s.Item2} statement lines) is not in the store alias table, so it is counted as a platform of its own."));

    private static IEnumerable<QualityIssue> IsrcsMissingFromCatalog(SqliteConnection connection) =>
        Query(connection, """
            SELECT u.isrc, MIN(u.title), SUM(u.lines) FROM royalty_unmatched_isrc u
            WHERE EXISTS (SELECT 1 FROM track) AND NOT EXISTS (SELECT 1 FROM track t WHERE t.isrc = u.isrc)
            GROUP BY u.isrc ORDER BY u.isrc
            """, r => (r.GetString(0), r.GetString(1), r.GetInt64(2)))
        .Select(t => new QualityIssue(QualityIssue.Warning, "isrc_not_in_catalog", t.Item1,
            $"ISRC {t.Item1} ('{t.Item2}') earns on {t.Item3} statement lines but is not in the catalog; add it to the catalog sheet."));

    private const string CurrentSheet = RightsSheetSql.CurrentSheet;

    private static IEnumerable<QualityIssue> TracksWithoutSplit(SqliteConnection connection, string today) =>
        Query(connection, $"""
            SELECT t.isrc, t.title, SUM(m.amount_nanos) FROM track t JOIN royalty_month m ON m.track_id = t.id
            WHERE NOT EXISTS (SELECT 1 FROM rights_split s WHERE s.track_id = t.id AND s.as_of = {CurrentSheet} AND s.share_ppm IS NOT NULL)
            GROUP BY t.id ORDER BY t.isrc
            """, r => (r.GetString(0), r.GetString(1), r.GetInt64(2)))
        .Select(t => new QualityIssue(QualityIssue.Error, "track_without_split", t.Item1,
            $"'{t.Item2}' ({t.Item1}) earns royalties but has no rights split on file as of {today}; its take-home cannot be computed."));

    private static IEnumerable<QualityIssue> SplitSums(SqliteConnection connection, string today) =>
        Query(connection, $"""
            SELECT isrc, MIN(title), SUM(share_ppm) FROM rights_split
            WHERE as_of = {CurrentSheet} AND share_ppm IS NOT NULL
              AND {RightsSheetSql.InForceToday()}
            GROUP BY isrc HAVING SUM(share_ppm) <> 1000000 ORDER BY isrc
            """, r => (r.GetString(0), r.GetString(1), r.GetInt64(2)), ("$today", today))
        .Select(t => new QualityIssue(QualityIssue.Error, "split_sum", t.Item1,
            $"The rights splits of '{t.Item2}' ({t.Item1}) in force today add up to {t.Item3 / 10_000m:0.####} %, not 100 %."));

    private static IEnumerable<QualityIssue> SplitPeriods(SqliteConnection connection, string today)
    {
        foreach (var (isrc, holder, validTo) in Query(connection, $"""
            SELECT isrc, holder, valid_to FROM rights_split s WHERE as_of = {CurrentSheet} AND valid_to IS NOT NULL AND valid_to < $today
              AND NOT EXISTS (SELECT 1 FROM rights_split n WHERE n.as_of = s.as_of AND n.isrc = s.isrc AND (n.valid_to IS NULL OR n.valid_to >= $today))
            ORDER BY isrc, holder
            """, r => (r.GetString(0), r.GetString(1), r.GetString(2)), ("$today", today)))
        {
            yield return new QualityIssue(QualityIssue.Warning, "split_expired", $"{isrc}/{holder}", $"The split of {isrc} for {holder} ended on {validTo} and no newer split replaces it.");
        }

        foreach (var (isrc, holder, from) in Query(connection, $"""
            SELECT a.isrc, a.holder, b.valid_from FROM rights_split a JOIN rights_split b
              ON a.as_of = b.as_of AND a.isrc = b.isrc AND a.holder = b.holder
             AND (a.valid_from < b.valid_from OR (a.valid_from = b.valid_from AND (a.title, a.artist, a.occurrence) < (b.title, b.artist, b.occurrence)))
            WHERE a.as_of = {CurrentSheet}
              AND (a.valid_to IS NULL OR b.valid_from = '' OR b.valid_from <= a.valid_to)
              AND (b.valid_to IS NULL OR a.valid_from = '' OR a.valid_from <= b.valid_to)
            ORDER BY a.isrc, a.holder
            """, r => (r.GetString(0), r.GetString(1), r.GetString(2))))
        {
            yield return new QualityIssue(QualityIssue.Error, "split_overlap", $"{isrc}/{holder}/{from}", $"{holder} has two splits of {isrc} in force at the same time (one from {(from.Length == 0 ? "the start" : from)}).");
        }
    }

    private static IEnumerable<QualityIssue> MissingFxRates(SqliteConnection connection)
    {
        var sql = $"""
            SELECT 'royalty_line', currency, sale_month, SUM(lines) FROM royalty_month r WHERE currency <> 'USD'
              AND NOT EXISTS (SELECT 1 FROM fx_rate f WHERE f.currency = r.currency AND f.date >= r.sale_month AND f.date < date(r.sale_month, '+1 month'))
            GROUP BY currency, sale_month
            UNION ALL
            SELECT 'ad_daily', currency, date_start, COUNT(*) FROM ad_daily a WHERE currency <> 'USD' AND spend_nanos IS NOT NULL
              AND NOT EXISTS (SELECT 1 FROM fx_rate f WHERE f.currency = a.currency AND f.date <= a.date_start AND f.date >= date(a.date_start, '-{FxLookbackDays} days'))
            GROUP BY currency, date_start
            UNION ALL
            SELECT 'expense', currency, date, COUNT(*) FROM expense e WHERE currency <> 'USD'
              AND NOT EXISTS (SELECT 1 FROM fx_rate f WHERE f.currency = e.currency AND f.date <= e.date AND f.date >= date(e.date, '-{FxLookbackDays} days'))
            GROUP BY currency, date
            ORDER BY 1, 2, 3
            """;
        return Query(connection, sql, r => (r.GetString(0), r.GetString(1), r.GetString(2), r.GetInt64(3)))
            .Select(m => new QualityIssue(QualityIssue.Error, "missing_fx_rate", $"{m.Item1}/{m.Item2}/{m.Item3}",
                $"{m.Item4} {m.Item1} rows in {m.Item2} dated {m.Item3} have no {m.Item2}→USD rate for that date; they are left out of USD totals until the fx sheet has one."));
    }

    private static List<T> Query<T>(SqliteConnection connection, string sql, Func<SqliteDataReader, T> map, params (string Name, object? Value)[] parameters) =>
        SqlQuery.List(connection, sql, map, parameters);
}
