using Ecosystem.DataLake.Datasets;
using Ecosystem.DataLake.Datasets.AdDaily;
using Ecosystem.DataLake.Datasets.AudienceDaily;
using Ecosystem.DataLake.Datasets.EmailCampaigns;
using Ecosystem.DataLake.Datasets.Expenses;
using Ecosystem.DataLake.Datasets.FxRates;
using Ecosystem.DataLake.Datasets.LinkDaily;
using Ecosystem.DataLake.Datasets.RightsSplits;
using Ecosystem.DataLake.Datasets.RoyaltyLines;
using Ecosystem.DataLake.Datasets.SocialDaily;
using Ecosystem.DataLake.Datasets.StreamDaily;
using Ecosystem.DataLake.Demo;
using Ecosystem.DataLake.Manifest;
using Ecosystem.DataLake.Tests.Fakes;

namespace Ecosystem.DataLake.Tests.Demo;

/// <summary>The demo label: every export lands and curates, and the curated data looks like a real small label's.</summary>
public sealed class DemoLabelTests : IClassFixture<DemoLabelTests.DemoLake>
{
    private static readonly DateOnly Until = new(2026, 11, 22);
    private readonly DemoLake _demo;

    public DemoLabelTests(DemoLake demo)
    {
        _demo = demo;
    }

    [Fact]
    public void SameSeedAndDay_GiveTheSameBytes_AnotherSeedOtherNumbers()
    {
        var again = DemoLabel.WriteExports(TestFiles.TempFolder(), 7, Until);
        var other = DemoLabel.WriteExports(TestFiles.TempFolder(), 8, Until);

        Assert.Equal(_demo.Files.Select(File.ReadAllBytes), again.Select(File.ReadAllBytes));
        Assert.NotEqual(File.ReadAllBytes(_demo.Files.First(f => f.EndsWith("Glass Harbor-timeline.csv", StringComparison.Ordinal))), File.ReadAllBytes(other.First(f => f.EndsWith("Glass Harbor-timeline.csv", StringComparison.Ordinal))));
    }

    [Fact]
    public async Task EveryExport_IsCurated_NothingQuarantinedOrFailed()
    {
        Assert.Equal((0, 0), (_demo.Run.Quarantined, _demo.Run.Failed));
        var objects = await _demo.Lake.Manifest.AllObjectsAsync(default);
        Assert.All(objects, o => Assert.Contains(o.Status, new[] { LakeObjectStatus.Curated, LakeObjectStatus.Unpacked }));
        Assert.Equal(
            ["ad_daily", "audience_daily", "email_campaign", "expense", "fx_rate", "link_daily", "rights_split", "royalty_line", "social_daily", "stream_daily"],
            objects.Where(o => o.Status == LakeObjectStatus.Curated).Select(o => o.Dataset!).Distinct().Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task NoDatasetHoldsTheSameFactTwice()
    {
        await AssertUniqueAsync(RoyaltyLineContract.Instance);
        await AssertUniqueAsync(StreamDailyContract.Instance);
        await AssertUniqueAsync(AudienceDailyContract.Instance);
        await AssertUniqueAsync(SocialDailyContract.Instance);
        await AssertUniqueAsync(AdDailyContract.Instance);
        await AssertUniqueAsync(LinkDailyContract.Instance);
        await AssertUniqueAsync(EmailCampaignContract.Instance);
        await AssertUniqueAsync(RightsSplitContract.Instance);
        await AssertUniqueAsync(ExpenseContract.Instance);
        await AssertUniqueAsync(FxRateContract.Instance);
    }

    [Fact]
    public async Task Catalog_ThreeArtistsACollab26TracksWithIsrcs_OneTrackWithoutASplitAndOneAt90Percent()
    {
        var splits = await _demo.Lake.CuratedRowsAsync(RightsSplitContract.Instance);
        var tracks = splits.GroupBy(s => s.Isrc).ToList();

        Assert.True(tracks.Count >= 25);
        Assert.All(tracks, t => Assert.Matches("^[A-Z]{2}[A-Z0-9]{3}[0-9]{7}$", t.Key));
        Assert.Equal(["Slow Dancer"], tracks.Where(t => t.All(s => s.RightsHolder is null)).Select(t => t.First().Title));
        Assert.Equal(["Ghost Signal"], tracks.Where(t => t.Sum(s => s.SharePct ?? 0) == 90m).Select(t => t.First().Title));
        Assert.Equal(4, splits.Select(s => s.Artist).Distinct().Count()); // Nova Reyes, Kai Moreno, The Lanterns and their collab
    }

    [Fact]
    public async Task Streams_HaveAWeeklyRhythmAndAReleaseSpike()
    {
        var days = (await _demo.Lake.CuratedRowsAsync(StreamDailyContract.Instance)).Where(d => d.Source == "spotify_for_artists").ToList();
        var byWeekday = days.GroupBy(d => d.Date.DayOfWeek).ToDictionary(g => g.Key, g => g.Average(d => d.Streams));
        Assert.True(byWeekday[DayOfWeek.Saturday] > byWeekday[DayOfWeek.Monday] * 1.15);

        var single = days.Where(d => d.Title == "Northern Lights").OrderBy(d => d.Date).ToList();
        var peak = single.MaxBy(d => d.Streams)!;
        Assert.InRange(peak.Date.DayNumber - single[0].Date.DayNumber, 0, 7);
        Assert.True(peak.Streams > 2.5 * single[^1].Streams);
    }

    [Fact]
    public async Task Statements_ArriveTwoMonthsLate_AndTheRestatedMonthReplacesInsteadOfDoubling()
    {
        var lines = (await _demo.Lake.CuratedRoyaltyLinesAsync()).Where(l => l.Source == "distrokid").ToList();
        Assert.All(lines, l => Assert.True(l.ReportingDate >= l.SaleMonth.AddMonths(2)));

        var revised = _demo.Files.Single(f => f.EndsWith("_revised.tsv", StringComparison.Ordinal));
        var revisedLines = File.ReadAllLines(revised).Skip(1).Select(l => l.Split('\t')).ToList();
        var month = DateOnly.ParseExact(revisedLines[0][2] + "-01", "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var curated = lines.Where(l => l.SaleMonth == month).ToList();
        Assert.Equal(revisedLines.Count, curated.Count); // the first statement of that month was replaced line for line
        Assert.Equal(revisedLines.Sum(l => long.Parse(l[8], System.Globalization.CultureInfo.InvariantCulture)), curated.Sum(l => l.Quantity));
        Assert.All(curated.Where(l => l.Store == "Spotify"), l => Assert.EndsWith("_revised.tsv", _demo.NameOf(l.SourceSha256), StringComparison.Ordinal));
    }

    [Fact]
    public async Task TikTokExports_SpanAYearBoundary_AndTheAdCampaignSurroundsTheRelease()
    {
        var tiktok = (await _demo.Lake.CuratedRowsAsync(SocialDailyContract.Instance)).Where(s => s.Source == "tiktok").ToList();
        Assert.Contains(tiktok, s => s.Date == new DateOnly(2025, 12, 31));
        Assert.Contains(tiktok, s => s.Date == new DateOnly(2026, 1, 1));

        var ads = await _demo.Lake.CuratedRowsAsync(AdDailyContract.Instance);
        var release = Until.AddDays(-42);
        Assert.All(ads, a => Assert.InRange(a.DateStart, release.AddDays(-7), release.AddDays(14)));
        Assert.All(ads, a => Assert.Equal(("EUR", AdGranularity.Day), (a.Currency, a.Granularity)));
        Assert.Equal(3, (await _demo.Lake.CuratedRowsAsync(EmailCampaignContract.Instance)).Count);
    }

    [Fact]
    public async Task RunningTheDemoAgain_LandsNothingNew()
    {
        await _demo.Lake.IngestAsync(DemoLabel.WriteExports(TestFiles.TempFolder(), 7, Until).ToArray());
        var again = await _demo.Lake.RunAsync();

        Assert.Equal((0, 0), (again.Promoted, again.Landed));
    }

    private async Task AssertUniqueAsync<TRow>(DatasetContract<TRow> contract)
        where TRow : class, ILakeRow
    {
        var rows = await _demo.Lake.CuratedRowsAsync(contract);
        Assert.NotEmpty(rows);
        Assert.Equal(rows.Count, rows.Distinct(new NaturalKeyComparer<TRow>(contract.Identity)).Count());
    }

    /// <summary>One demo lake for the class: written, landed and run once.</summary>
    public sealed class DemoLake : IAsyncLifetime
    {
        internal TestLake Lake { get; private set; } = null!;

        public IReadOnlyList<string> Files { get; private set; } = [];

        public Ecosystem.DataLake.Pipeline.RunSummary Run { get; private set; } = null!;

        private Dictionary<string, string> Names { get; set; } = [];

        public string NameOf(string sha256) => Names[sha256];

        public async Task InitializeAsync()
        {
            Files = DemoLabel.WriteExports(TestFiles.TempFolder(), 7, Until);
            Lake = await TestLake.CreateAsync();
            await Lake.IngestAsync(Files.ToArray());
            Run = await Lake.RunAsync();
            Names = (await Lake.Manifest.AllObjectsAsync(default)).ToDictionary(o => o.Sha256, o => o.OriginalName);
        }

        public Task DisposeAsync()
        {
            Lake.Dispose();
            return Task.CompletedTask;
        }
    }
}
