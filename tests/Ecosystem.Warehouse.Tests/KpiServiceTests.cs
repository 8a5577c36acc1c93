using Ecosystem.Warehouse.Kpis;
using Ecosystem.Warehouse.Loading;
using Ecosystem.Warehouse.Quality;
using Ecosystem.Warehouse.Tests.Fakes;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using static Ecosystem.Warehouse.Tests.Fakes.SeededWarehouse;

namespace Ecosystem.Warehouse.Tests;

/// <summary>
/// Every KPI of the catalogue over a small warehouse whose numbers are chosen so each value can be worked out by hand;
/// the arithmetic is written next to each expectation. Today is 2026-03-31; streams run to 2026-03-30.
/// </summary>
public sealed class KpiServiceTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Now = new(2026, 3, 31, 12, 0, 0, TimeSpan.Zero);
    private SeededWarehouse _warehouse = null!;
    private KpiSnapshot _kpis = null!;

    public async Task InitializeAsync()
    {
        _warehouse = await SeededWarehouse.CreateAsync();
        Seed(_warehouse);
        await QualityRules.EvaluateAsync(_warehouse.Connection, 1, DateOnly.FromDateTime(Now.UtcDateTime), CancellationToken.None);
        var options = Options.Create(new WarehouseOptions { MonthlyStreamGoal = 10_000, FollowerGoal28Days = 500 });
        _kpis = await new KpiService(_warehouse.Database, options, new FakeTimeProvider(Now)).SnapshotAsync(CancellationToken.None);
    }

    public Task DisposeAsync()
    {
        _warehouse.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public void The_snapshot_has_all_28_KPIs_in_catalogue_order_each_with_sources()
    {
        Assert.Equal(Enumerable.Range(1, 28), _kpis.Kpis.Select(k => k.Number));
        Assert.All(_kpis.Kpis, k => Assert.NotEmpty(k.Sources));
        Assert.Equal("seed", _kpis.RunId);
    }

    [Fact]
    public void Stream_counts_add_platforms_once_each()
    {
        // Daily: Spotify (S4A tracks) 100 + 50, Apple 50 = 200; 03-20..29 Song B +30; 03-30 Song A 170 instead of 100.
        AssertKpi("streams_yesterday", 270, previous: 230, asOf: "2026-03-30");
        AssertKpi("streams_7d", (6 * 230) + 270, previous: (3 * 200) + (4 * 230));
        AssertKpi("streams_28d", (28 * 200) + (10 * 30) + 70, previous: 28 * 200);
        AssertKpi("streams_mtd", (30 * 200) + (10 * 30) + 70, previous: 26 * 200); // February has data from the 3rd
        Assert.Equal(63.7m, Item("streams_mtd", "of goal")); // 6370 / 10000
        AssertKpi("platform_share", 4570m / 5970m * 100m); // Spotify 28×150 + 300 + 70 of 5970
        Assert.Equal(1400m / 5970m * 100m, Item("platform_share", "Apple Music"));
        Assert.Equal(0m, Item("platform_share", "other"));
    }

    [Fact]
    public void Audience_KPIs_come_from_the_Spotify_audience_timeline()
    {
        AssertKpi("spotify_listeners", 1000, previous: 800);
        AssertKpi("spotify_followers", 5250, previous: 4600);
        Assert.Equal(650m, Item("spotify_followers", "28-day change"));
        Assert.Equal(130m, Item("spotify_followers", "of goal"));
        AssertKpi("streams_per_listener", 2.270m, previous: 2.4m); // 8400 / (27×100 + 1000); 8400 / (27×100 + 800)
        AssertKpi("top_track_28d", (27 * 100) + 170);
        Assert.Equal("Song A (spotify_for_artists)", _kpis["top_track_28d"].Items[0].Label);
        Assert.Equal((28 * 50) + 300, _kpis["top_track_28d"].Items[1].Value);
    }

    [Fact]
    public void Revenue_is_in_USD_through_the_fx_sheet_and_leaves_out_what_has_no_rate()
    {
        // January: $40 + $16 + €5 × mean(1.10, 1.20); the £1 line has no GBP rate and is left out, and said so.
        AssertKpi("revenue_last_month", 61.75m, previous: 20m, asOf: "2026-01-31");
        Assert.Contains("1 GBP", _kpis["revenue_last_month"].Note, StringComparison.Ordinal);
        AssertKpi("revenue_t12m", 81.75m, previous: null);
        AssertKpi("revenue_per_1000_streams", 4.5417m); // 81.75 / 18000 × 1000
        Assert.Equal(4.1094m, Item("revenue_per_1000_streams", "Spotify")); // 65.75 / 16000 × 1000
        Assert.Equal(8m, Item("revenue_per_1000_streams", "Apple Music"));
        AssertKpi("take_home", 45.75m); // track 1 in January: 40 + 5.75, split 80/20
        Assert.Equal(36.60m, Item("take_home", "Nova Reyes"));
        Assert.Equal(9.15m, Item("take_home", "Harbor Lights Publishing"));
        Assert.Equal(16m, Item("take_home", "not allocated (no split, no track)"));
        AssertKpi("top_country", 76m); // US: 40 + 16 + 20
        Assert.Equal("US", _kpis["top_country"].Items[0].Label);
        AssertKpi("direct_sales", 15.50m, previous: 4.50m, asOf: "2026-02-28"); // Bandcamp, kept out of royalties
    }

    [Fact]
    public void Expected_revenue_prices_unreported_streams_at_each_platforms_learned_rate()
    {
        // Feb 3 – Mar 30: Spotify 56×150 + 300 + 70 = 8770 at 65.75/16000; Apple 56×50 = 2800 at 16/2000.
        Assert.Equal(36.04m, Item("expected_revenue", "Spotify"));
        Assert.Equal(22.40m, Item("expected_revenue", "Apple Music"));
        AssertKpi("expected_revenue", 58.44m);
    }

    [Fact]
    public void Reconciliation_compares_statement_units_with_trend_streams_for_fully_covered_months()
    {
        // January: statement Spotify units for track 1 = 10000 + 1000; S4A = 31 × 300. Feb and March are partial.
        AssertKpi("reconciliation_variance", 18.28m, asOf: "2026-01-31");
        Assert.Single(_kpis["reconciliation_variance"].Items);
    }

    [Fact]
    public void Ad_KPIs_are_ratios_of_sums_over_the_daily_rows()
    {
        AssertKpi("ad_spend", 100m, previous: null, asOf: "2026-03-29");
        Assert.Equal(100m, Item("ad_spend", "month to date"));
        AssertKpi("ad_efficiency", 0.5m); // 100 / 200 clicks
        Assert.Equal(10m, Item("ad_efficiency", "CPM")); // 100 / 10000 × 1000
        Assert.Equal(2m, Item("ad_efficiency", "CTR")); // 200 / 10000 × 100
        AssertKpi("cost_per_follower", 0.5m); // 100 / (5200 − 5000)
        AssertKpi("roas", 0.0136m); // (2300 − 2000) × 81.75/18000 / 100
        Assert.Equal(300m, Item("roas", "extra streams"));
    }

    [Fact]
    public void Social_email_and_link_KPIs()
    {
        AssertKpi("tiktok_views_7d", 7000, previous: 7000);
        Assert.Equal(10m, Item("tiktok_views_7d", "engagement rate")); // 7 × (50 + 10 + 40) / 7000
        AssertKpi("social_follower_change", (28 * 5) + (28 * (3 - 1)));
        AssertKpi("youtube", 28 * 200, previous: 28 * 200, asOf: "2026-03-29");
        Assert.Equal(28m, Item("youtube", "net new subscribers"));
        AssertKpi("email_rates", 25m, previous: 50m, asOf: "2026-03-15"); // 500 / 2000; 490 / (1000 − 20)
        Assert.Equal(5m, Item("email_rates", "click rate, last campaign"));
        Assert.Equal(33.22m, Item("email_rates", "open rate, 90 days")); // 990 / 2980
        Assert.Equal(6.64m, Item("email_rates", "click rate, 90 days")); // 198 / 2980
        AssertKpi("linktree", 700, previous: 700);
        Assert.Equal(10m, Item("linktree", "CTR"));
    }

    [Fact]
    public void Operations_KPIs_read_freshness_from_the_data_and_rights_gaps_from_the_rules()
    {
        AssertKpi("data_freshness", 70, asOf: "2026-03-31"); // the fx sheet's last rate is 2026-01-20
        Assert.Equal(59m, Item("data_freshness", "distrokid")); // January statements speak for up to 01-31
        Assert.Equal(1m, Item("data_freshness", "spotify_for_artists"));
        AssertKpi("rights_gaps", 1); // track 2 earns and has no split
        Assert.Equal(0m, Item("rights_gaps", "splits not summing to 100 %"));
    }

    private void AssertKpi(string id, decimal value, decimal? previous = -1, string? asOf = null)
    {
        var kpi = _kpis[id];
        Assert.True(kpi.Value == value, $"{id}: expected {value}, got {kpi.Value}");
        if (previous != -1)
        {
            Assert.True(kpi.Previous == previous, $"{id}: expected previous {previous}, got {kpi.Previous}");
            Assert.Equal(previous is null ? null : value - previous, kpi.Delta);
        }

        if (asOf is not null)
        {
            Assert.Equal(SqlValues.ParseDate(asOf), kpi.AsOf);
        }
    }

    private decimal? Item(string id, string label) => _kpis[id].Items.Single(i => i.Label == label).Value;

    internal static void Seed(SeededWarehouse w)
    {
        var songA = w.Track("QZAAA2600001", "Song A", "Nova Reyes");
        var songB = w.Track("QZAAA2600002", "Song B", "Nova Reyes");
        foreach (var day in Days("2026-01-01", "2026-01-31"))
        {
            w.StreamDay("spotify_for_artists", "Spotify", "track", day, 300, "Song A", songA);
        }

        foreach (var day in Days("2026-02-03", "2026-03-30"))
        {
            var inCampaign = day >= new DateOnly(2026, 3, 20) && day <= new DateOnly(2026, 3, 29);
            w.StreamDay("spotify_for_artists", "Spotify", "track", day, day == new DateOnly(2026, 3, 30) ? 170 : 100, "Song A", songA);
            w.StreamDay("spotify_for_artists", "Spotify", "track", day, inCampaign ? 80 : 50, "Song B", songB);
            w.StreamDay("apple_music", "Apple Music", "artist", day, 50);
            var listeners = day == new DateOnly(2026, 3, 30) ? 1000 : day == new DateOnly(2026, 3, 2) ? 800 : 100;
            var followers = day <= new DateOnly(2026, 3, 2) ? 4600 : day <= new DateOnly(2026, 3, 19) ? 5000 : day <= new DateOnly(2026, 3, 29) ? 5200 : 5250;
            w.AudienceDay(day, listeners, followers, 300);
        }

        var spotify = w.Store("Spotify", "Spotify");
        var apple = w.Store("Apple Music", "Apple Music");
        var bandcamp = w.Store("Bandcamp", "Bandcamp");
        w.RoyaltyMonth("distrokid", "2026-01-01", spotify, "US", songA, "stream", "USD", 10_000, 40m);
        w.RoyaltyMonth("distrokid", "2026-01-01", apple, "US", songB, "stream", "USD", 2_000, 16m);
        w.RoyaltyMonth("distrokid", "2025-12-01", spotify, "US", songA, "stream", "USD", 5_000, 20m);
        w.RoyaltyMonth("distrokid", "2026-01-01", spotify, "DE", songA, "stream", "EUR", 1_000, 5m);
        w.RoyaltyMonth("distrokid", "2026-01-01", apple, "GB", songB, "stream", "GBP", 100, 1m);
        w.RoyaltyMonth("bandcamp", "2026-02-01", bandcamp, "US", 0, "download", "USD", 2, 15.50m);
        w.RoyaltyMonth("bandcamp", "2025-02-01", bandcamp, "US", 0, "download", "USD", 1, 4.50m);
        var fx = w.SourceFile("fx_sheet");
        w.Exec("INSERT INTO fx_rate (source, date, currency, occurrence, usd_per_unit_nanos, line_no, source_file_id, run_id) VALUES ('fx_sheet', '2026-01-05', 'EUR', 1, 1100000000, 1, $1, 1), ('fx_sheet', '2026-01-20', 'EUR', 1, 1200000000, 2, $1, 1)", fx);

        var sheet = w.SourceFile("catalog_sheet");
        w.Exec("INSERT INTO rights_split (source, as_of, isrc, artist, title, holder, valid_from, occurrence, track_id, share_ppm, line_no, source_file_id, run_id) VALUES ('catalog_sheet', '2026-03-01', 'QZAAA2600001', 'Nova Reyes', 'Song A', 'Nova Reyes', '', 1, $1, 800000, 1, $2, 1), ('catalog_sheet', '2026-03-01', 'QZAAA2600001', 'Nova Reyes', 'Song A', 'Harbor Lights Publishing', '', 1, $1, 200000, 2, $2, 1)", songA, sheet);

        var meta = w.SourceFile("meta_ads");
        w.Exec("INSERT INTO campaign (id, source, account, name) VALUES (1, 'meta_ads', '', 'Launch'), (2, 'mailchimp', 'Fans', 'News')");
        foreach (var day in Days("2026-03-20", "2026-03-29"))
        {
            w.Exec("INSERT INTO ad_daily (source, date_start, date_end, granularity, account, campaign, ad_set, ad, age, gender, occurrence, campaign_id, currency, spend_nanos, impressions, link_clicks, clicks, line_no, source_file_id, run_id) VALUES ('meta_ads', $1, $1, 'day', '', 'Launch', '', '', '', '', 1, 1, 'USD', 10000000000, 1000, 20, 25, 1, $2, 1)",
                SqlValues.Date(day), meta);
        }

        foreach (var day in Days("2026-03-03", "2026-03-30"))
        {
            w.Social("TikTok", "tiktok", day, "views", 1000);
            w.Social("TikTok", "tiktok", day, "likes", 50);
            w.Social("TikTok", "tiktok", day, "comments", 10);
            w.Social("TikTok", "tiktok", day, "shares", 40);
            w.Social("TikTok", "tiktok", day, "followers_delta", 5);
            w.Social("Instagram", "instagram", day, "follows", 3);
            w.Social("Instagram", "instagram", day, "unfollows", 1);
        }

        foreach (var day in Days("2026-02-02", "2026-03-29"))
        {
            w.Social("YouTube", "youtube", day, "views", 200);
            w.Social("YouTube", "youtube", day, "follows", 2);
            w.Social("YouTube", "youtube", day, "unfollows", 1);
        }

        var mailchimp = w.SourceFile("mailchimp");
        w.Exec("INSERT INTO email_campaign (source, send_date, campaign_ref, occurrence, campaign_id, send_time_utc, emails_sent, hard_bounces, soft_bounces, unique_opens, unique_clicks, line_no, source_file_id, run_id) VALUES ('mailchimp', '2026-01-10', 'c1', 1, 2, '10:00', 1000, 10, 10, 490, 98, 1, $1, 1), ('mailchimp', '2026-03-15', 'c2', 1, 2, '10:00', 2000, 0, 0, 500, 100, 2, $1, 1)", mailchimp);

        var linktree = w.SourceFile("linktree");
        foreach (var day in Days("2026-03-17", "2026-03-30"))
        {
            w.Exec("INSERT INTO link_daily (source, date, profile, link, occurrence, views, clicks, line_no, source_file_id, run_id) VALUES ('linktree', $1, 'label', '', 1, 100, 10, 1, $2, 1)", SqlValues.Date(day), linktree);
        }
    }
}
