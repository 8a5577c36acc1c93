using Ecosystem.DataLake.Datasets.AdDaily;
using Ecosystem.DataLake.Datasets.Catalog;
using Ecosystem.DataLake.Datasets.SocialDaily;
using Ecosystem.DataLake.Datasets.StreamDaily;
using Ecosystem.DataLake.Formats;
using Ecosystem.DataLake.Sources.LastFm;
using Ecosystem.DataLake.Sources.Linktree;
using Ecosystem.DataLake.Sources.Mailchimp;
using Ecosystem.DataLake.Sources.MetaAds;
using Ecosystem.DataLake.Sources.SpotifyWebApi;
using Ecosystem.DataLake.Sources.TooLost;
using Ecosystem.DataLake.Sources.YouTube;
using Ecosystem.DataLake.Tests.Fakes;

namespace Ecosystem.DataLake.Tests.Sources.Json;

/// <summary>API responses saved as files: detected by their JSON shape, parsed with every quirk SOURCES.md lists.</summary>
public sealed class JsonSourcesTests
{
    private static readonly DateOnly Landed = new(2026, 11, 23);

    [Theory]
    [InlineData("Json/toolost-spotify.json", "toolost.portal_analytics")]
    [InlineData("Json/toolost-apple.json", "toolost.portal_analytics")]
    [InlineData("Json/meta-insights.json", "meta_ads.insights_api")]
    [InlineData("Json/meta-insights-no-currency.json", QuarantineReasons.UnknownHeaderVariant)]
    [InlineData("Json/linktree-graphql.json", "linktree.analytics_graphql")]
    [InlineData("Json/mailchimp-reports.json", "mailchimp.reports")]
    [InlineData("Json/youtube-analytics.json", "youtube.analytics_report")]
    [InlineData("Json/youtube-channels.json", "youtube.data_api_channels")]
    [InlineData("Json/spotify-artist.json", "spotify_web_api.catalog")]
    [InlineData("Json/spotify-artist-2026.json", "spotify_web_api.catalog")]
    [InlineData("Json/spotify-albums.json", "spotify_web_api.catalog")]
    [InlineData("Json/spotify-top-tracks.json", "spotify_web_api.catalog")]
    [InlineData("Json/lastfm-artist.json", "lastfm.info")]
    [InlineData("Json/lastfm-track.json", "lastfm.info")]
    [InlineData("Json/lastfm-error.json", QuarantineReasons.UnknownHeaderVariant)]
    [InlineData("Linktree/linktree-daily.csv", "linktree.daily_csv")]
    public void EveryResponse_IsDetectedByItsShapeAlone(string file, string expected) => Assert.Equal(expected, Registry.Detect(file));

    [Fact]
    public void TooLost_StringCountsAndRepeatedDaysAndNulls()
    {
        var items = GoldenFiles.Parse(new TooLostAnalyticsHandler(), "Json/toolost-spotify.json");

        var rows = items.Where(i => i.Row is not null).Select(i => i.Row!).ToList();
        Assert.Equal([(new DateOnly(2026, 8, 1), 1520L), (new DateOnly(2026, 8, 2), 1604L)], rows.Select(r => (r.Date, r.Streams)));
        Assert.All(rows, r => Assert.Equal(("toolost", "Spotify", StreamGranularity.PlatformTotal), (r.Source, r.Platform, r.Granularity)));
        Assert.Equal(
            ["date 2026-08-02 appears twice in the file", "streams '' is not a non-negative whole number"],
            items.Where(i => i.Reject is not null).Select(i => i.Reject!.Reason));
        Assert.All(GoldenFiles.Rows(new TooLostAnalyticsHandler(), "Json/toolost-apple.json"), r => Assert.Equal("Apple Music", r.Platform));
    }

    [Fact]
    public void MetaInsights_StringsToNumbers_LinkClicksFromActions_PeriodRowsApart()
    {
        var items = GoldenFiles.Parse(new MetaInsightsHandler(), "Json/meta-insights.json");
        var rows = items.Where(i => i.Row is not null).Select(i => i.Row!).ToList();

        Assert.Equal(3, rows.Count);
        Assert.Equal((AdGranularity.Day, 53.39m, "EUR", 36132L, 12004L, 421L, 312L), (rows[0].Granularity, rows[0].Spend!.Value, rows[0].Currency, rows[0].Impressions!.Value, rows[0].Reach!.Value, rows[0].Clicks!.Value, rows[0].LinkClicks!.Value));
        Assert.Equal(("Single - Launch", "Lookalike fans", "Nova Reyes Music"), (rows[0].Campaign, rows[0].AdSet, rows[0].Account));
        Assert.Equal(280, rows[1].LinkClicks); // inline_link_clicks when the response has it
        Assert.Equal((AdGranularity.Period, 5339.5m), (rows[2].Granularity, rows[2].Spend!.Value));
        Assert.Equal("impressions '1.2K' is not a count", Assert.Single(items, i => i.Reject is not null).Reject!.Reason);
    }

    [Fact]
    public void Linktree_GraphqlTimeseries_AndTheCsv_GiveTheSameDays()
    {
        var fromJson = GoldenFiles.Rows(new LinktreeAnalyticsHandler(), "Json/linktree-graphql.json");
        var fromCsv = GoldenFiles.Rows(new LinktreeTimelineHandler(), "Linktree/linktree-daily.csv");

        Assert.Equal(
            fromJson.Select(r => (r.Date, r.Views, r.UniqueViews, r.Clicks, r.UniqueClicks)),
            fromCsv.Select(r => (r.Date, r.Views, r.UniqueViews, r.Clicks, r.UniqueClicks)));
        Assert.Equal((420L, 300L, 61L, 50L), (fromJson[0].Views!.Value, fromJson[0].UniqueViews!.Value, fromJson[0].Clicks!.Value, fromJson[0].UniqueClicks!.Value));
        Assert.All(fromJson, r => Assert.Equal("novareyes", r.Profile));
    }

    [Fact]
    public void Linktree_AGraphqlError_IsUnparseableWithItsMessage()
    {
        var error = Assert.Throws<InvalidDataException>(() => GoldenFiles.Parse(new LinktreeAnalyticsHandler(), "Json/linktree-errors.json"));

        Assert.Contains("Unauthorized", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Mailchimp_CountsOnlyInUtc_AndImpossibleOpensRejected()
    {
        var items = GoldenFiles.Parse(new MailchimpReportsHandler(), "Json/mailchimp-reports.json");

        var report = items[0].Row!;
        Assert.Equal(("42694e9e57", "Single release — fans", "New single out now", "Fans"), (report.CampaignId, report.Title, report.Subject, report.ListName));
        Assert.Equal((new DateOnly(2026, 7, 10), "2026-07-10T14:00:00Z"), (report.SendDate, report.SendTimeUtc)); // 16:00+02:00
        Assert.Equal((1250L, 3L, 12L, 456L, 142L, 131L, 8L), (report.EmailsSent, report.HardBounces!.Value, report.SoftBounces!.Value, report.UniqueOpens!.Value, report.UniqueClicks!.Value, report.UniqueSubscriberClicks!.Value, report.Unsubscribed!.Value));
        Assert.Equal("opens.unique_opens 950 is more than the 900 e-mails sent", items[1].Reject!.Reason);
    }

    [Fact]
    public void YouTubeAnalytics_PositionalRowsByHeaderName_CountsOnly()
    {
        var rows = GoldenFiles.Rows(new YouTubeAnalyticsHandler(), "Json/youtube-analytics.json");

        var first = rows.Where(r => r.Date == new DateOnly(2026, 8, 1)).ToDictionary(r => r.Metric, r => r.Value);
        Assert.Equal(
            new Dictionary<string, long> { [SocialMetrics.Views] = 1234, [SocialMetrics.WatchMinutes] = 2100, [SocialMetrics.Follows] = 12, [SocialMetrics.Unfollows] = 3 },
            first);
        Assert.Empty(GoldenFiles.Rows(new YouTubeAnalyticsHandler(), "Json/youtube-analytics-empty.json")); // no "rows": no data yet
        Assert.Throws<InvalidDataException>(() => GoldenFiles.Parse(new YouTubeAnalyticsHandler(), "Json/youtube-analytics-by-video.json"));
    }

    [Fact]
    public void YouTubeChannels_AreSnapshotsOfTheLandingDay_AndAHiddenCountIsNoValue()
    {
        var rows = GoldenFiles.Rows(new YouTubeChannelsHandler(), "Json/youtube-channels.json", landedOn: Landed);

        Assert.All(rows, r => Assert.Equal(Landed, r.Date));
        var nova = rows.Where(r => r.Account == "@novareyes").ToDictionary(r => r.Metric, r => r.Value);
        Assert.Equal((45600L, 1234567L, 87L), (nova[SocialMetrics.Followers], nova[SocialMetrics.LifetimeViews], nova[SocialMetrics.Videos]));
        Assert.DoesNotContain(rows, r => r.Account == "UCbbbbbbbbbbbbbbbbbbbbbb" && r.Metric == SocialMetrics.Followers);
    }

    [Fact]
    public void SpotifyWebApi_ArtistAlbumsAndTopTracks_WithTheDevModeRemovalsAsNull()
    {
        var handler = new SpotifyWebApiHandler();
        var artist = Assert.Single(GoldenFiles.Rows(handler, "Json/spotify-artist.json", landedOn: Landed));
        Assert.Equal(("artist", "4aawyAB9vmqN3uQ7FjRGTy", "Nova Reyes", 123456L, 57L, "indie pop;bedroom pop"), (artist.Kind, artist.Id, artist.Name, artist.Followers!.Value, artist.Popularity!.Value, artist.Tags));
        var trimmed = Assert.Single(GoldenFiles.Rows(handler, "Json/spotify-artist-2026.json", landedOn: Landed));
        Assert.Null(trimmed.Followers); // removed for Development Mode apps in 2026: unknown, not 0
        Assert.Null(trimmed.Popularity);

        var albums = GoldenFiles.Rows(handler, "Json/spotify-albums.json", landedOn: Landed);
        Assert.Equal(
            [(new DateOnly(2025, 3, 14), "day"), (new DateOnly(2019, 1, 1), "year"), (new DateOnly(2018, 6, 1), "month")],
            albums.Select(a => (a.ReleaseDate!.Value, a.ReleaseDatePrecision!)));
        Assert.Equal("Nova Reyes, Kai Moreno", albums[1].Artist);

        var track = Assert.Single(GoldenFiles.Rows(handler, "Json/spotify-top-tracks.json", landedOn: Landed));
        Assert.Equal(("track", "QZES22400001", 201000L, "Glass Harbor", Landed), (track.Kind, track.Isrc, track.DurationMs!.Value, track.Release, track.AsOf));
    }

    [Fact]
    public void LastFm_StringNumbersSingleTagObjectsAndStubs()
    {
        var handler = new LastFmInfoHandler();
        var artist = Assert.Single(GoldenFiles.Rows(handler, "Json/lastfm-artist.json", landedOn: Landed));
        Assert.Equal(("artist", "c8b03190-306c-4120-bb0b-6f2ebfc06ea9", 16880L, 135692L, "indie pop"), (artist.Kind, artist.Id, artist.Listeners!.Value, artist.Playcount!.Value, artist.Tags));

        var track = Assert.Single(GoldenFiles.Rows(handler, "Json/lastfm-track.json", landedOn: Landed));
        Assert.Equal(("Nova Reyes", "Glass Harbor", 201000L, "indie pop;dream pop", 5120L), (track.Artist, track.Release, track.DurationMs!.Value, track.Tags, track.Listeners!.Value));
        Assert.Equal("https://www.last.fm/music/Nova+Reyes/_/Glass+Harbor", track.Id); // no MusicBrainz id: the URL identifies it

        var stub = Assert.Single(GoldenFiles.Parse(handler, "Json/lastfm-track-stub.json", landedOn: Landed));
        Assert.Contains("placeholder", stub.Reject!.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void CatalogSnapshots_NeedTheirDay()
    {
        var error = Assert.Throws<InvalidDataException>(() => GoldenFiles.Parse(new SpotifyWebApiHandler(), "Json/spotify-artist.json"));

        Assert.Contains("the day it was taken", error.Message, StringComparison.Ordinal);
        Assert.Equal(CatalogContract.DatasetName, new LastFmInfoHandler().Dataset);
    }
}
