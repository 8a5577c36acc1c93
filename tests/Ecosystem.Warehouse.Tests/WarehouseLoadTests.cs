using Ecosystem.DataLake.Demo;
using Ecosystem.Warehouse.Tests.Fakes;
using static Ecosystem.Warehouse.Tests.Fakes.Statements;

namespace Ecosystem.Warehouse.Tests;

/// <summary>The warehouse loaded by the real pipeline from real curated Parquet: idempotent, restatement-safe, reconciled.</summary>
public sealed class WarehouseLoadTests
{
    private static readonly string[] January =
    [
        Line("2026-03-05", "2026-01", "Spotify", "First Song", "QZTES2600001", 1000, "US", "4.000000000"),
        Line("2026-03-05", "2026-01", "Apple Music", "First Song", "QZTES2600001", 200, "GB", "1.600000000"),
        Line("2026-03-05", "2026-01", "Spotify", "Second Song", "QZTES2600002", 500, "OU", "2.000000000"),
    ];

    private static readonly string[] February =
    [
        Line("2026-04-05", "2026-02", "Spotify", "First Song", "QZTES2600001", 1100, "US", "4.400000000"),
        Line("2026-04-05", "2026-02", "Deezer", "Second Song", "QZTES2600002", 300, "FR", "0.900000000"),
    ];

    [Fact]
    public async Task A_statement_loads_with_its_dimensions_and_a_second_load_writes_nothing()
    {
        using var lake = WarehouseLake.Create();
        var first = await lake.RunAsync(lake.Write("statement.tsv", DistroKid([.. January, .. February])));
        Assert.True(first.Succeeded, string.Join("; ", first.Failures));
        Assert.Equal((5, 5), (first.RowsRead, first.RowsWritten));
        var lines = await lake.QueryAsync(
            "SELECT r.sale_month, s.name, p.name, r.country, t.isrc, r.quantity, r.amount_nanos FROM royalty_line r JOIN store_alias s ON s.id = r.store_alias_id JOIN platform p ON p.id = s.platform_id LEFT JOIN track t ON t.id = r.track_id ORDER BY 1, 2, 4",
            r => $"{r.GetString(0)} {r.GetString(1)}→{r.GetString(2)} {r.GetString(3)} {(r.IsDBNull(4) ? "-" : r.GetString(4))} {r.GetInt64(5)} {r.GetInt64(6)}");
        Assert.Equal(
            [
                "2026-01-01 Apple Music→Apple Music GB - 200 1600000000",
                "2026-01-01 Spotify→Spotify OU - 500 2000000000",
                "2026-01-01 Spotify→Spotify US - 1000 4000000000",
                "2026-02-01 Deezer→Deezer FR - 300 900000000",
                "2026-02-01 Spotify→Spotify US - 1100 4400000000",
            ],
            lines);
        Assert.Equal(
            ["2026-01-01 QZTES2600001 2", "2026-01-01 QZTES2600002 1", "2026-02-01 QZTES2600001 1", "2026-02-01 QZTES2600002 1"],
            await lake.QueryAsync("SELECT sale_month, isrc, lines FROM royalty_unmatched_isrc ORDER BY 1, 2", r => $"{r.GetString(0)} {r.GetString(1)} {r.GetInt64(2)}"));
        Assert.Equal(
            ["2026-01-01 GB 1600000000", "2026-01-01 OU 2000000000", "2026-01-01 US 4000000000", "2026-02-01 FR 900000000", "2026-02-01 US 4400000000"],
            await lake.QueryAsync("SELECT sale_month, country, amount_nanos FROM royalty_country_month ORDER BY 1, 2", r => $"{r.GetString(0)} {r.GetString(1)} {r.GetInt64(2)}"));
        var before = await lake.DumpAsync();

        var again = await lake.RunAsync(lake.Write("same statement, new name.tsv", DistroKid([.. January, .. February])));
        Assert.Null(again.EtlRunId); // nothing to load, nothing written, not even a run row
        Assert.Equal(before, await lake.DumpAsync());

        var withoutRuns = await lake.DumpAsync("etl_run");
        var reload = await lake.ReloadAllAsync();
        Assert.Equal((5, 0, 0), (reload.RowsRead, reload.RowsWritten, reload.RowsDeleted));
        Assert.Equal(withoutRuns, await lake.DumpAsync("etl_run")); // only the forced run's own record is new
    }

    [Fact]
    public async Task A_restated_month_replaces_exactly_its_lines_and_history_outside_it_stays()
    {
        using var lake = WarehouseLake.Create();
        await lake.RunAsync(lake.Write("statement.tsv", DistroKid([.. January, .. February])));
        var januaryBefore = await JanuaryAsync(lake);

        // The revised statement restates February: new counts and money for the same lines.
        var revised = await lake.RunAsync(lake.Write("statement-revised.tsv", DistroKid(
            Line("2026-04-05", "2026-02", "Spotify", "First Song", "QZTES2600001", 1150, "US", "4.600000000"),
            Line("2026-04-05", "2026-02", "Deezer", "Second Song", "QZTES2600002", 310, "FR", "0.930000000"))));
        Assert.True(revised.Succeeded);
        Assert.Equal(2, revised.RowsWritten);

        Assert.Equal(januaryBefore, await JanuaryAsync(lake));
        var february = await lake.QueryAsync("SELECT COUNT(*), SUM(quantity), SUM(amount_nanos) FROM royalty_line WHERE sale_month = '2026-02-01'", r => (r.GetInt64(0), r.GetInt64(1), r.GetInt64(2)));
        Assert.Equal((2L, 1460L, 5_530_000_000L), february.Single());
        var aggregate = await lake.QueryAsync("SELECT SUM(quantity), SUM(amount_nanos) FROM royalty_month WHERE sale_month = '2026-02-01'", r => (r.GetInt64(0), r.GetInt64(1)));
        Assert.Equal((1460L, 5_530_000_000L), aggregate.Single());
    }

    [Fact]
    public async Task A_catalog_that_arrives_after_the_statements_matches_their_lines_to_its_tracks()
    {
        using var lake = WarehouseLake.Create();
        await lake.RunAsync(lake.Write("statement.tsv", DistroKid([.. January, .. February])));
        Assert.Equal([0L], await lake.QueryAsync("SELECT COUNT(track_id) FROM royalty_line", r => r.GetInt64(0)));

        var sheet = await lake.RunAsync(lake.Write("catalog.csv",
            "artist,title,isrc,upc,release_date,release_type,rights_holder,share_pct,valid_from,valid_to\n" +
            "Test Artist,First Song,QZTES2600001,0196000000001,2025-06-01,single,Test Artist,100,2025-06-01,\n"));

        Assert.True(sheet.Succeeded, string.Join("; ", sheet.Failures));
        Assert.Equal(
            ["First Song QZTES2600001", "First Song QZTES2600001", "First Song QZTES2600001", "Second Song -", "Second Song -"],
            await lake.QueryAsync("SELECT r.title, COALESCE(t.isrc, '-') FROM royalty_line r LEFT JOIN track t ON t.id = r.track_id ORDER BY 1, 2", r => $"{r.GetString(0)} {r.GetString(1)}"));
        Assert.Equal(["QZTES2600002"], await lake.QueryAsync("SELECT DISTINCT isrc FROM royalty_unmatched_isrc", r => r.GetString(0)));
        Assert.Equal(["isrc_not_in_catalog QZTES2600002"], await lake.QueryAsync("SELECT rule || ' ' || entity FROM quality_issue", r => r.GetString(0)));
    }

    [Fact]
    public async Task Overlapping_statements_hold_the_union_of_distinct_lines()
    {
        using var lake = WarehouseLake.Create();
        var march = Line("2026-05-05", "2026-03", "Spotify", "First Song", "QZTES2600001", 900, "US", "3.600000000");
        await lake.RunAsync(lake.Write("jan-feb.tsv", DistroKid([.. January, .. February])));
        await lake.RunAsync(lake.Write("feb-mar.tsv", DistroKid([.. February, march])));
        var totals = await lake.QueryAsync("SELECT COUNT(*), SUM(amount_nanos) FROM royalty_line", r => (r.GetInt64(0), r.GetInt64(1)));
        Assert.Equal((6L, 16_500_000_000L), totals.Single()); // 4 + 1.6 + 2 + 4.4 + 0.9 + 3.6
    }

    [Fact]
    public async Task Rows_written_many_to_a_statement_come_back_exactly_and_a_restatement_replaces_them()
    {
        // 197 lines: three full 64-row upserts and 5 written one by one; values repeat in the same parameter slot
        // from one execution to the next (stores, countries) and text is non-ASCII, empty-free but long (> 96 chars
        // is bound by copy, shorter text from the statement's own UTF-8).
        using var lake = WarehouseLake.Create();
        string[] stores = ["Spotify", "Apple Music", "Deezer"];
        string[] countries = ["US", "GB", "FR", "OU"];
        string Title(int i) => i % 7 == 0 ? $"Café — ñandú 🎵 {i}" : i % 11 == 0 ? new string('x', 120) + i : $"Song {i}";
        string Earnings(int i, int restated) => (((i * 12_345) + restated) / 1_000_000m).ToString("F9", System.Globalization.CultureInfo.InvariantCulture);
        string Lines(int restated) => DistroKid([.. Enumerable.Range(0, 197).Select(i => Line(
            "2026-03-05", "2026-01", stores[i % 3], Title(i), $"QZTES26{i:D5}", 10 + i, countries[i % 4], Earnings(i, i % 5 == 0 ? restated : 0)))]);

        var first = await lake.RunAsync(lake.Write("statement.tsv", Lines(restated: 0)));
        Assert.True(first.Succeeded, string.Join("; ", first.Failures));
        Assert.Equal((197, 197), (first.RowsRead, first.RowsWritten));
        var expected = Enumerable.Range(0, 197)
            .Select(i => $"{stores[i % 3]}|{Title(i)}|QZTES26{i:D5}|{10 + i}|{countries[i % 4]}|{i * 12_345L * 1000}")
            .Order(StringComparer.Ordinal).ToList();
        const string Read = "SELECT s.name, r.title, r.isrc, r.quantity, r.country, r.amount_nanos FROM royalty_line r JOIN store_alias s ON s.id = r.store_alias_id";
        static string Row(Microsoft.Data.Sqlite.SqliteDataReader r) => $"{r.GetString(0)}|{r.GetString(1)}|{r.GetString(2)}|{r.GetInt64(3)}|{r.GetString(4)}|{r.GetInt64(5)}";
        Assert.Equal(expected, (await lake.QueryAsync(Read, Row)).Order(StringComparer.Ordinal).ToList());

        var restatement = await lake.RunAsync(lake.Write("restated.tsv", Lines(restated: 7)));
        Assert.True(restatement.Succeeded, string.Join("; ", restatement.Failures));
        // Every line now comes from the restated file (its lineage changes), 40 of them (i % 5 == 0) with new money.
        Assert.Equal((197, 197, 0), (restatement.RowsRead, restatement.RowsWritten, restatement.RowsDeleted));
        expected = [.. Enumerable.Range(0, 197)
            .Select(i => $"{stores[i % 3]}|{Title(i)}|QZTES26{i:D5}|{10 + i}|{countries[i % 4]}|{((i * 12_345L) + (i % 5 == 0 ? 7 : 0)) * 1000}")
            .Order(StringComparer.Ordinal)];
        Assert.Equal(expected, (await lake.QueryAsync(Read, Row)).Order(StringComparer.Ordinal).ToList());
        Assert.Equal([Schema.WarehouseDatabase.PageSize], await lake.QueryAsync("PRAGMA page_size", r => r.GetInt32(0)));
        Assert.Equal((197, 0, 0), await lake.ReloadAllAsync() is var reload ? (reload.RowsRead, reload.RowsWritten, reload.RowsDeleted) : default);
    }

    [Fact]
    public async Task Rows_a_partition_no_longer_holds_are_deleted_when_it_is_loaded_again()
    {
        using var lake = WarehouseLake.Create();
        await lake.RunAsync(lake.Write("statement.tsv", DistroKid([.. January, .. February])));
        await using (var connection = await lake.Database.OpenAsync(CancellationToken.None))
        {
            await using var stray = connection.CreateCommand();
            stray.CommandText = """
                INSERT INTO royalty_line (source, sale_month, reporting_date, store_alias_id, artist_alias_id, title, isrc, upc, product_kind, country, occurrence, quantity, unit_kind, amount_nanos, currency, is_adjustment, line_no, source_file_id, run_id)
                SELECT source, sale_month, reporting_date, store_alias_id, artist_alias_id, 'Stray', isrc, upc, product_kind, country, occurrence, 1, unit_kind, 5, currency, 0, 99, source_file_id, run_id FROM royalty_line LIMIT 1
                """;
            await stray.ExecuteNonQueryAsync();
        }

        var reload = await lake.ReloadAllAsync();
        Assert.True(reload.Succeeded);
        Assert.Equal(1, reload.RowsDeleted);
        Assert.Empty(await lake.QueryAsync("SELECT title FROM royalty_line WHERE title = 'Stray'", r => r.GetString(0)));
    }

    [Fact]
    public async Task A_file_that_does_not_reconcile_is_rolled_back_alone_and_loads_on_a_later_run()
    {
        using var lake = WarehouseLake.Create();
        await using (var connection = await lake.Database.OpenAsync(CancellationToken.None))
        {
            await lake.Database.MigrateAsync(CancellationToken.None);
            await using var trigger = connection.CreateCommand();
            trigger.CommandText = "CREATE TRIGGER drop_deezer BEFORE INSERT ON royalty_line WHEN NEW.country = 'FR' BEGIN SELECT RAISE(IGNORE); END;";
            await trigger.ExecuteNonQueryAsync();
        }

        var summary = await lake.RunAsync(lake.Write("statement.tsv", DistroKid([.. January, .. February])));
        Assert.Equal((1, 1), (summary.FilesLoaded, summary.FilesFailed));
        Assert.Contains("the curated file holds 2 rows", summary.Failures.Single(), StringComparison.Ordinal);
        Assert.Equal([3L], await lake.QueryAsync("SELECT COUNT(*) FROM royalty_line", r => r.GetInt64(0)));
        Assert.Equal(["2026-01-01"], await lake.QueryAsync("SELECT DISTINCT sale_month FROM royalty_line", r => r.GetString(0)));

        await using (var connection = await lake.Database.OpenAsync(CancellationToken.None))
        {
            await using var drop = connection.CreateCommand();
            drop.CommandText = "DROP TRIGGER drop_deezer";
            await drop.ExecuteNonQueryAsync();
        }

        var retry = await lake.RunAsync();
        Assert.Equal((1, 0, 2L), (retry.FilesLoaded, retry.FilesFailed, retry.RowsWritten));
    }

    [Fact]
    public async Task A_365_day_window_downloaded_again_a_month_later_keeps_history_and_doubles_nothing()
    {
        using var lake = WarehouseLake.Create();
        await lake.RunAsync([.. DemoLabel.WriteExports(Path.Combine(lake.Inbox, "october"), seed: 7, until: new DateOnly(2026, 10, 31))]);
        var october = await SpotifyDaysAsync(lake);

        // A month later the song timelines cover a window shifted by 30 days, with recent days restated.
        var november = DemoLabel.WriteExports(Path.Combine(lake.Inbox, "november"), seed: 7, until: new DateOnly(2026, 11, 30));
        var summary = await lake.RunAsync([.. november]);
        Assert.True(summary.Succeeded, string.Join("; ", summary.Failures));
        var after = await SpotifyDaysAsync(lake);

        using var alone = WarehouseLake.Create();
        await alone.RunAsync([.. november]);
        var novemberOnly = await SpotifyDaysAsync(alone);
        var windowStart = novemberOnly.Keys.Min(k => k.Date);

        Assert.NotEqual(october, novemberOnly.Where(d => october.ContainsKey(d.Key)).ToDictionary()); // the overlap was restated
        Assert.Equal(october.Keys.Union(novemberOnly.Keys).Count(), after.Count);
        Assert.All(october.Where(d => string.CompareOrdinal(d.Key.Date, windowStart) < 0), day => Assert.Equal(day.Value, after[day.Key]));
        Assert.All(novemberOnly, day => Assert.Equal(day.Value, after[day.Key]));
        Assert.Equal(after.Count, (await lake.QueryAsync("SELECT COUNT(*) FROM stream_daily WHERE source = 'spotify_for_artists'", r => r.GetInt64(0))).Single());
    }

    [Fact]
    public async Task Demo_then_run_again_then_the_same_exports_under_new_names_leave_every_table_identical()
    {
        using var lake = WarehouseLake.Create();
        var exports = DemoLabel.WriteExports(Path.Combine(lake.Inbox, "demo"), seed: 42, until: new DateOnly(2026, 11, 22));
        var first = await lake.RunAsync([.. exports]);
        Assert.True(first.Succeeded, string.Join("; ", first.Failures));
        Assert.True(first.RowsWritten > 20_000);
        var afterDemo = await lake.DumpAsync();

        Assert.Null((await lake.RunAsync()).EtlRunId);
        Assert.Equal(afterDemo, await lake.DumpAsync());

        var renamed = Path.Combine(lake.Inbox, "renamed");
        Directory.CreateDirectory(renamed);
        var copies = exports.Select((path, i) =>
        {
            var copy = Path.Combine(renamed, $"download ({i}){Path.GetExtension(path)}");
            File.Copy(path, copy);
            return copy;
        }).ToArray();
        Assert.Null((await lake.RunAsync(copies)).EtlRunId);
        Assert.Equal(afterDemo, await lake.DumpAsync());
    }

    private static Task<List<string>> JanuaryAsync(WarehouseLake lake) =>
        lake.QueryAsync("SELECT * FROM royalty_line WHERE sale_month = '2026-01-01' ORDER BY title, country", r => string.Join('|', Enumerable.Range(0, r.FieldCount).Select(i => r.GetValue(i))));

    private static async Task<Dictionary<(string Song, string Date), long>> SpotifyDaysAsync(WarehouseLake lake) =>
        (await lake.QueryAsync("SELECT title, date, streams FROM stream_daily WHERE source = 'spotify_for_artists'", r => (r.GetString(0), r.GetString(1), r.GetInt64(2))))
        .ToDictionary(r => (r.Item1, r.Item2), r => r.Item3);
}
