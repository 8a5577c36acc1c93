using Ecosystem.DataLake.Datasets.AdDaily;
using Ecosystem.DataLake.Datasets.AudienceDaily;
using Ecosystem.DataLake.Datasets.Catalog;
using Ecosystem.DataLake.Datasets.EmailCampaigns;
using Ecosystem.DataLake.Datasets.LinkDaily;
using Ecosystem.DataLake.Datasets.SocialDaily;
using Ecosystem.DataLake.Datasets.StreamDaily;
using Ecosystem.DataLake.Formats;
using Ecosystem.DataLake.Manifest;
using Ecosystem.DataLake.Tests.Fakes;
using Ecosystem.DataLake.Zones;

namespace Ecosystem.DataLake.Tests.Pipeline;

/// <summary>Every source end to end: a folder of mixed exports lands, is routed by content, and curated holds the rows.</summary>
public sealed class SourcesPipelineTests : IDisposable
{
    private readonly string _inbox = TestFiles.TempFolder();

    public void Dispose() => Directory.Delete(_inbox, recursive: true);

    [Fact]
    public async Task MixedExportsOfEverySource_AreRoutedByContentWithZeroMisdetections()
    {
        using var lake = await TestLake.CreateAsync();
        string[] anonymous =
        [
            "DistroKid/classic-13.tsv", "SoundCloud/lifetime_statement_5f0c3a7e_2026-08_ab12.csv", "Bandcamp/sales-report-2023.csv",
            "SpotifyForArtists/audience-2020.csv", "AppleMusic/plays-fr.csv", "AppleMusic/listeners-es.csv", "TikTok/Viewers.csv",
            "TikTok/overview-iso.csv", "MetaAds/ads-fr.csv", "MetaAds/ads-period.csv", "Instagram/Views.csv",
            "Other/unknown-inventory.csv",
        ];
        for (var i = 0; i < anonymous.Length; i++)
        {
            // Names carry no hint: detection goes by content only.
            File.Copy(TestFiles.Path(anonymous[i]), Path.Combine(_inbox, $"download ({i}).csv"));
        }

        // Spotify names the song of a timeline only in the file name, so this one keeps its name.
        File.Copy(TestFiles.Path("SpotifyForArtists/Glass Harbor-timeline.csv"), Path.Combine(_inbox, "Glass Harbor-timeline.csv"));

        await lake.IngestAsync(_inbox);
        var run = await lake.RunAsync();

        // Viewers.csv has two bad rows of five: above the 5 % threshold, it is quarantined whole with every reject kept.
        Assert.Equal((11, 2), (run.Promoted, run.Quarantined));
        var formats = (await lake.Manifest.AllObjectsAsync(default)).Select(o => o.Format ?? o.ReasonCode).Order(StringComparer.Ordinal);
        Assert.Equal(
            [
                "apple_music.listeners_chart", "apple_music.plays_chart", "bandcamp.sales_report", "distrokid.bank_statement", "instagram.insights_metric", "meta_ads.ads_manager_export",
                "meta_ads.ads_manager_export",
                "soundcloud.lifetime_statement", "spotify_for_artists.audience_timeline", "spotify_for_artists.song_timeline",
                "tiktok.overview", "tiktok.viewers", "unknown_format",
            ],
            formats);
        var viewers = (await lake.Manifest.AllObjectsAsync(default)).Single(o => o.Format == "tiktok.viewers");
        Assert.Equal(QuarantineReasons.RejectThreshold, viewers.ReasonCode);

        var royalties = await lake.CuratedRoyaltyLinesAsync();
        Assert.Equal(["bandcamp", "distrokid", "soundcloud"], royalties.Select(r => r.Source).Distinct().Order(StringComparer.Ordinal));
        Assert.Equal(5.10m, royalties.Single(r => r.Source == "bandcamp").Amount);

        var streams = await lake.CuratedRowsAsync(StreamDailyContract.Instance);
        Assert.Equal(3 + 3, streams.Count);
        Assert.Equal(1204 + 987 + 2310, streams.Where(s => s.Source == "apple_music").Sum(s => s.Streams));
        Assert.Equal(410 + 388 + 912, streams.Where(s => s.Title == "Glass Harbor").Sum(s => s.Streams));

        var audience = await lake.CuratedRowsAsync(AudienceDailyContract.Instance);
        Assert.Equal(3 + 2, audience.Count);
        Assert.Equal(640 + 652, audience.Where(a => a.Source == "apple_music").Sum(a => a.Listeners));

        var social = await lake.CuratedRowsAsync(SocialDailyContract.Instance);
        Assert.Equal(8226 + 9104 + 12400, social.Where(r => r.Source == "instagram" && r.Metric == SocialMetrics.Views).Sum(r => r.Value));
        Assert.Equal(1004, social.Single(r => r.Source == "tiktok" && r.Metric == SocialMetrics.Followers && r.Date == new DateOnly(2024, 5, 2)).Value);

        var ads = await lake.CuratedRowsAsync(AdDailyContract.Instance);
        Assert.Equal(4, ads.Count);
        Assert.Equal(1234.56m + 12.5m, ads.Where(a => a.Currency == "EUR").Sum(a => a.Spend));
        Assert.Single(ads, a => a.Granularity == AdGranularity.Period);

        var keys = await lake.KeysAsync(Zone.Curated);
        Assert.Contains("dataset=stream_daily/source=spotify_for_artists/year=2026/month=07/part-00000.parquet", keys);
        Assert.Contains("dataset=ad_daily/source=meta_ads/year=2026/month=09/part-00000.parquet", keys);
        Assert.Contains("dataset=stream_daily/source=apple_music/year=2026/month=02/part-00000.parquet", keys);
        Assert.Contains("dataset=audience_daily/source=spotify_for_artists/year=2022/month=01/part-00000.parquet", keys);
        Assert.Contains("dataset=royalty_line/source=bandcamp/year=2023/month=12/part-00000.parquet", keys);
        Assert.All(streams, s => Assert.Equal(64, s.SourceSha256.Length));
    }

    [Fact]
    public async Task ApiResponses_AreRoutedByShapeIntoTheirDatasets_AndAnApiErrorIsQuarantinedWithIt()
    {
        // The golden responses carry a bad row each (a quirk under test); let them through the reject threshold.
        using var lake = await TestLake.CreateAsync(rejectThreshold: 0.6);
        string[] files =
        [
            "Json/meta-insights.json", "Json/mailchimp-reports.json", "Json/linktree-graphql.json", "Json/youtube-channels.json",
            "Json/spotify-albums.json", "Json/lastfm-artist.json", "Json/toolost-apple.json", "Json/lastfm-error.json",
        ];
        for (var i = 0; i < files.Length; i++)
        {
            File.Copy(TestFiles.Path(files[i]), Path.Combine(_inbox, $"response-{i}.json"));
        }

        await lake.IngestAsync(_inbox);
        var run = await lake.RunAsync();

        Assert.Equal((7, 1), (run.Promoted, run.Quarantined));
        var error = (await lake.Manifest.AllObjectsAsync(default)).Single(o => o.Status == Ecosystem.DataLake.Manifest.LakeObjectStatus.Quarantined);
        Assert.Contains("error | links | message", error.Reason, StringComparison.Ordinal); // the JSON's keys, as a header would be
        Assert.Single(await lake.CuratedRowsAsync(EmailCampaignContract.Instance));
        Assert.Equal(2, (await lake.CuratedRowsAsync(LinkDailyContract.Instance)).Count);
        var catalog = await lake.CuratedRowsAsync(CatalogContract.Instance);
        Assert.Equal(["lastfm", "spotify_web_api"], catalog.Select(c => c.Source).Distinct().Order(StringComparer.Ordinal));
        Assert.Equal(3, (await lake.CuratedRowsAsync(AdDailyContract.Instance)).Count);
        Assert.Equal(2, (await lake.CuratedRowsAsync(StreamDailyContract.Instance)).Count(s => s.Source == "toolost"));
    }

    [Fact]
    public async Task SongTimelineDownloadedAgain_RestatedDaysAreReplacedAndEarlierDaysStay()
    {
        using var lake = await TestLake.CreateAsync();
        var first = Write("first/Glass Harbor-timeline.csv", "date,streams\n2026-07-30,410\n2026-07-31,388\n2026-08-01,900\n");
        var second = Write("second/Glass Harbor-timeline.csv", "date,streams\n2026-07-31,388\n2026-08-01,912\n2026-08-02,1040\n");

        await lake.IngestAsync(first);
        await lake.RunAsync();
        await lake.IngestAsync(second);
        await lake.RunAsync();

        var days = (await lake.CuratedRowsAsync(StreamDailyContract.Instance)).OrderBy(d => d.Date).ToList();
        Assert.Equal(
            [(new DateOnly(2026, 7, 30), 410L), (new DateOnly(2026, 7, 31), 388L), (new DateOnly(2026, 8, 1), 912L), (new DateOnly(2026, 8, 2), 1040L)],
            days.Select(d => (d.Date, d.Streams)));
        Assert.Equal(2, days.Select(d => d.SourceSha256).Distinct().Count()); // 30 July still comes from the first file
        // The first versions of both partitions the second file touched were archived, not lost.
        Assert.Equal(2, (await lake.KeysAsync(Zone.Archive)).Count(key => key.Contains("dataset=stream_daily", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task AudienceTimelineAcrossAYearBoundary_LandsInBothYearsPartitions()
    {
        using var lake = await TestLake.CreateAsync();

        await lake.IngestAsync(TestFiles.Path("SpotifyForArtists/audience-2020.csv"));
        await lake.RunAsync();

        var keys = await lake.KeysAsync(Zone.Curated);
        Assert.Equal(
            ["dataset=audience_daily/source=spotify_for_artists/year=2021/month=12/part-00000.parquet", "dataset=audience_daily/source=spotify_for_artists/year=2022/month=01/part-00000.parquet"],
            keys.Order(StringComparer.Ordinal));
        var followers = (await lake.CuratedRowsAsync(AudienceDailyContract.Instance)).OrderBy(d => d.Date).Select(d => d.Followers!.Value);
        Assert.Equal([410L, 412L, 415L], followers);
    }

    [Fact]
    public async Task TikTokOverviewAndFollowerHistoryOfOneExport_KeepEachOthersMetricsAcrossTheYearBoundary()
    {
        using var lake = await TestLake.CreateAsync();
        // TikTok's export names carry the download's Unix time (2 January 2026) and the account handle.
        File.Copy(TestFiles.Path("TikTok/Overview.csv"), Path.Combine(_inbox, "Overview_2025-12-30_1767312000_nova.reyes.csv"));
        File.Copy(TestFiles.Path("TikTok/FollowerHistory.csv"), Path.Combine(_inbox, "FollowerHistory_2025-12-30_1767312000_nova.reyes.csv"));

        await lake.IngestAsync(_inbox);
        var run = await lake.RunAsync();

        Assert.Equal(2, run.Promoted);
        var rows = await lake.CuratedRowsAsync(SocialDailyContract.Instance);
        var newYear = rows.Where(r => r.Date == new DateOnly(2026, 1, 1)).ToDictionary(r => r.Metric, r => r.Value);
        Assert.Equal(200, newYear[SocialMetrics.Views]);
        Assert.Equal(9, newYear[SocialMetrics.Followers]);
        Assert.Equal(-1, newYear[SocialMetrics.FollowersDelta]);
        Assert.All(rows, r => Assert.Equal("nova.reyes", r.Account));
        var keys = await lake.KeysAsync(Zone.Curated, "dataset=social_daily/");
        Assert.Equal(["dataset=social_daily/source=tiktok/year=2025/month=12/part-00000.parquet", "dataset=social_daily/source=tiktok/year=2026/month=01/part-00000.parquet"], keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task SongTimelineWithoutTheSongInItsName_IsQuarantinedWithTheReason()
    {
        using var lake = await TestLake.CreateAsync();
        var file = Write("download.csv", "date,streams\n2026-08-01,31\n");

        await lake.IngestAsync(file);
        var run = await lake.RunAsync();

        Assert.Equal(PipelineRunStatus.Partial, run.Status);
        var item = Assert.Single(await lake.Manifest.AllObjectsAsync(default));
        Assert.Equal((LakeObjectStatus.Quarantined, QuarantineReasons.Unparseable), (item.Status, item.ReasonCode));
        Assert.Contains("names its song only in the file name", item.Reason, StringComparison.Ordinal);
        Assert.Empty(await lake.KeysAsync(Zone.Curated));
    }

    [Fact]
    public async Task AppleChartWithTooManyBadRows_IsQuarantinedWithEveryRejectRecorded()
    {
        using var lake = await TestLake.CreateAsync();

        await lake.IngestAsync(TestFiles.Path("AppleMusic/listeners-de.csv"));
        await lake.RunAsync();

        var item = Assert.Single(await lake.Manifest.AllObjectsAsync(default));
        Assert.Equal(QuarantineReasons.RejectThreshold, item.ReasonCode);
        Assert.Contains("1 of 3 rows were rejected", item.Reason, StringComparison.Ordinal);
    }

    private string Write(string relative, string text)
    {
        var path = Path.Combine(_inbox, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }
}
