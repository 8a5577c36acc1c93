using Ecosystem.Warehouse.Quality;
using Ecosystem.Warehouse.Tests.Fakes;

namespace Ecosystem.Warehouse.Tests;

/// <summary>Each data-quality rule on a warehouse seeded with exactly the problem it looks for (and its clean twin).</summary>
public sealed class QualityRulesTests : IAsyncLifetime
{
    private static readonly DateOnly Today = new(2026, 3, 31);
    private SeededWarehouse _w = null!;

    public async Task InitializeAsync() => _w = await SeededWarehouse.CreateAsync();

    public Task DisposeAsync()
    {
        _w.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public void A_clean_warehouse_has_no_issues() => Assert.Empty(Find());

    [Fact]
    public void Negative_counts_where_impossible_are_errors_but_adjustments_and_follower_losses_are_not()
    {
        _w.StreamDay("apple_music", "Apple Music", "artist", new DateOnly(2026, 3, 1), -5);
        _w.Social("TikTok", "tiktok", new DateOnly(2026, 3, 1), "followers_delta", -12);
        var issue = Assert.Single(Find(), i => i.Rule == "negative_count");
        Assert.Equal(QualityIssue.Error, issue.Severity);
        Assert.Contains("streams is -5", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Future_dates_are_errors()
    {
        _w.StreamDay("apple_music", "Apple Music", "artist", new DateOnly(2026, 4, 2), 10);
        var issue = Assert.Single(Find());
        Assert.Equal(("future_date", "stream_daily/apple_music"), (issue.Rule, issue.Entity));
        Assert.Contains("2026-04-02", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_gap_in_a_daily_series_names_the_missing_days()
    {
        foreach (var day in new[] { 1, 2, 5, 6 })
        {
            _w.StreamDay("apple_music", "Apple Music", "artist", new DateOnly(2026, 3, day), 10);
        }

        var issue = Assert.Single(Find());
        Assert.Equal((QualityIssue.Warning, "daily_gap"), (issue.Severity, issue.Rule));
        Assert.Contains("from 2026-03-03 to 2026-03-04 (2 days)", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Revenue_per_stream_outside_the_plausible_band_is_a_warning()
    {
        var spotify = _w.Store("Spotify", "Spotify");
        _w.RoyaltyMonth("distrokid", "2026-01-01", spotify, "US", 0, "stream", "USD", 10_000, 40m); // $0.004: fine
        _w.RoyaltyMonth("distrokid", "2026-02-01", spotify, "US", 0, "stream", "USD", 10_000, 4_000m); // $0.40: a decimal slipped
        var issue = Assert.Single(Find());
        Assert.Equal(("revenue_per_stream", "distrokid/2026-02/Spotify"), (issue.Rule, issue.Entity));
    }

    [Fact]
    public void Unknown_stores_and_ISRCs_missing_from_the_catalog_are_flagged()
    {
        _w.Track("QZAAA2600001", "Known", "Nova Reyes");
        _w.Exec("INSERT INTO platform (name) VALUES ('Zing'); INSERT INTO store_alias (name, platform_id, known) VALUES ('Zing', (SELECT id FROM platform WHERE name = 'Zing'), 0)");
        var zing = _w.Scalar("SELECT id FROM store_alias WHERE name = 'Zing'");
        _w.RoyaltyMonth("distrokid", "2026-01-01", zing, "US", 0, "download", "USD", 1, 1m);
        _w.Exec("INSERT INTO royalty_unmatched_isrc (source, sale_month, isrc, title, lines) VALUES ('distrokid', '2026-01-01', 'QZZZZ2600009', 'Stranger', 3)");
        _w.Exec("INSERT INTO royalty_unmatched_isrc (source, sale_month, isrc, title, lines) VALUES ('distrokid', '2026-01-01', 'QZAAA2600001', 'Known', 1)"); // added to the catalog since
        var issues = Find();
        Assert.Contains(issues, i => i.Rule == "unknown_store" && i.Entity == "Zing");
        Assert.Equal("QZZZZ2600009", Assert.Single(issues, i => i.Rule == "isrc_not_in_catalog").Entity);
    }

    [Fact]
    public void Rights_problems_tracks_without_split_sums_off_100_expired_and_overlapping()
    {
        var earning = _w.Track("QZAAA2600001", "Earner", "Nova Reyes");
        var ninety = _w.Track("QZAAA2600002", "Ninety", "Nova Reyes");
        var spotify = _w.Store("Spotify", "Spotify");
        _w.RoyaltyMonth("distrokid", "2026-01-01", spotify, "US", earning, "stream", "USD", 1000, 4m);
        Split("QZAAA2600002", ninety, "Nova Reyes", 600_000, "", null);
        Split("QZAAA2600002", ninety, "Label", 300_000, "", null);
        Split("QZAAA2600003", null, "Old Holder", 1_000_000, "2024-01-01", "2025-12-31");
        Split("QZAAA2600004", null, "Twice", 500_000, "2025-01-01", null);
        Split("QZAAA2600004", null, "Twice", 500_000, "2025-06-01", null);
        var rules = Find().Select(i => (i.Rule, i.Entity)).ToList();
        Assert.Contains(("track_without_split", "QZAAA2600001"), rules);
        Assert.Contains(("split_sum", "QZAAA2600002"), rules);
        Assert.Contains(("split_expired", "QZAAA2600003/Old Holder"), rules);
        Assert.Contains(("split_overlap", "QZAAA2600004/Twice/2025-06-01"), rules);
        Assert.DoesNotContain(rules, r => r.Rule == "split_sum" && r.Entity == "QZAAA2600004");
    }

    [Fact]
    public void Money_without_an_fx_rate_for_its_date_is_an_error_and_a_rate_clears_it()
    {
        RoyaltyLine("QZAAA2600001", "Euro Song", trackId: null, currency: "EUR");
        Assert.Contains(Find(), i => i.Rule == "missing_fx_rate" && i.Entity == "royalty_line/EUR/2026-01-01");
        _w.Exec("INSERT INTO fx_rate (source, date, currency, occurrence, usd_per_unit_nanos, line_no, source_file_id, run_id) VALUES ('fx_sheet', '2026-01-15', 'EUR', 1, 1100000000, 1, $1, 1)", _w.SourceFile("fx_sheet"));
        Assert.DoesNotContain(Find(), i => i.Rule == "missing_fx_rate");
    }

    [Fact]
    public async Task The_open_set_is_kept_persisting_issues_keep_their_first_run_and_fixed_ones_go()
    {
        _w.StreamDay("apple_music", "Apple Music", "artist", new DateOnly(2026, 4, 1), 10);
        _w.StreamDay("apple_music", "Apple Music", "artist", new DateOnly(2026, 3, 31), -1);
        Assert.Equal(2, await QualityRules.EvaluateAsync(_w.Connection, 1, Today, CancellationToken.None));
        _w.Exec("INSERT INTO etl_run (id, run_id, started_at_utc, finished_at_utc, status, files_loaded, rows_written, rows_deleted) VALUES (2, 'second', '', '', 'ok', 0, 0, 0)");
        _w.Exec("UPDATE stream_daily SET streams = 1 WHERE streams = -1");
        Assert.Equal(1, await QualityRules.EvaluateAsync(_w.Connection, 2, Today, CancellationToken.None));
        Assert.Equal(1, _w.Scalar("SELECT COUNT(*) FROM quality_issue"));
        Assert.Equal(1, _w.Scalar("SELECT detected_run_id FROM quality_issue WHERE rule = 'future_date'"));
    }

    private List<QualityIssue> Find() => QualityRules.Find(_w.Connection, Today).ToList();

    private void RoyaltyLine(string isrc, string title, long? trackId, string currency)
    {
        var store = _w.Store("Spotify", "Spotify");
        _w.Exec("INSERT OR IGNORE INTO artist_alias (name) VALUES ('Nova Reyes')");
        _w.Exec(
            "INSERT INTO royalty_line (source, sale_month, reporting_date, store_alias_id, artist_alias_id, title, isrc, upc, product_kind, country, occurrence, track_id, quantity, unit_kind, amount_nanos, currency, is_adjustment, line_no, source_file_id, run_id) " +
            "VALUES ('distrokid', '2026-01-01', '2026-03-05', $1, (SELECT id FROM artist_alias WHERE name = 'Nova Reyes'), $2, $3, '', 'song', 'US', 1, $4, 100, 'stream', 400000000, $5, 0, 1, $6, 1)",
            store, title, isrc, trackId, currency, _w.SourceFile("distrokid"));
        _w.RoyaltyMonth("distrokid", "2026-01-01", store, "US", trackId ?? 0, "stream", currency, 100, 0.4m); // as the load keeps it
    }

    private void Split(string isrc, long? trackId, string holder, long ppm, string validFrom, string? validTo) =>
        _w.Exec(
            "INSERT INTO rights_split (source, as_of, isrc, artist, title, holder, valid_from, occurrence, track_id, share_ppm, valid_to, line_no, source_file_id, run_id) VALUES ('catalog_sheet', '2026-03-01', $1, 'Nova Reyes', $1, $2, $3, 1, $4, $5, $6, 1, $7, 1)",
            isrc, holder, validFrom, trackId, ppm, validTo, _w.SourceFile("catalog_sheet"));
}
