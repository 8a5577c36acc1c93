using Ecosystem.DataLake.Datasets.SocialDaily;
using Ecosystem.DataLake.Formats;
using Ecosystem.DataLake.Sources.AppleMusic;
using Ecosystem.DataLake.Sources.SpotifyForArtists;
using Ecosystem.DataLake.Sources.TikTok;
using Ecosystem.DataLake.Tests.Fakes;

namespace Ecosystem.DataLake.Tests.Sources.TikTok;

public sealed class TikTokDailyParserTests
{
    private static readonly DateOnly ExportedOn = new(2026, 1, 2);
    private readonly TikTokOverviewHandler _overview = new();
    private readonly TikTokFollowerHistoryHandler _followers = new();
    private readonly TikTokViewersHandler _viewers = new();

    [Theory]
    [InlineData("TikTok/Overview.csv", "tiktok.overview", "en")]
    [InlineData("TikTok/Overview-pt.csv", "tiktok.overview", "pt")]
    [InlineData("TikTok/Overview-fr.csv", "tiktok.overview", "fr")]
    [InlineData("TikTok/overview-iso.csv", "tiktok.overview", "en")]
    [InlineData("TikTok/FollowerHistory.csv", "tiktok.follower_history", "en")]
    [InlineData("TikTok/Viewers.csv", "tiktok.viewers", "en")]
    public void EachFile_IsClaimedByExactlyOneTikTokHandler(string file, string format, string language)
    {
        ISourceHandler[] all = [_overview, _followers, _viewers, new SpotifyAudienceTimelineHandler(), new AppleMusicListenersHandler(), new AppleMusicPlaysHandler()];
        var sample = GoldenFiles.Sample(file);

        var matches = all.Select(h => (h.Format, Match: h.Match(sample))).Where(m => m.Match.Kind != FormatMatchKind.None).ToList();

        var match = Assert.Single(matches);
        Assert.Equal((format, FormatMatchKind.Match, language), (match.Format, match.Match.Kind, match.Match.Layout));
    }

    [Theory]
    [InlineData("SpotifyForArtists/audience-2020.csv")]
    [InlineData("SpotifyForArtists/4aawyAB9vmqN3uQ7FjRGTy-audience-timeline.csv")]
    public void SpotifyAudienceWithItsFollowersColumn_IsNotTikTok(string file) =>
        Assert.Equal(FormatMatchKind.None, _followers.Match(GoldenFiles.Sample(file)).Kind);

    [Fact]
    public void AnAddedColumn_IsAnUnknownVariantNamingIt()
    {
        var match = _overview.Match(GoldenFiles.Sample("TikTok/overview-unknown-variant.csv"));

        Assert.Equal(FormatMatchKind.UnknownVariant, match.Kind);
        Assert.Contains("unexpected: Reposts", match.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Overview_AcrossAYearBoundary_GetsBothYearsFromTheExportDay()
    {
        var items = GoldenFiles.Parse(_overview, "TikTok/Overview.csv", landedOn: ExportedOn);
        var rows = items.Select(i => i.Row!).ToList();

        Assert.All(items, i => Assert.Null(i.Reject));
        Assert.Equal(
            [new DateOnly(2025, 12, 30), new DateOnly(2025, 12, 31), new DateOnly(2026, 1, 1), new DateOnly(2026, 1, 2)],
            rows.Select(r => r.Date).Distinct());
        Assert.Equal(1200, Value(rows, new DateOnly(2025, 12, 30), SocialMetrics.Views));
        Assert.Equal(-1, Value(rows, new DateOnly(2026, 1, 1), SocialMetrics.Comments)); // a deleted comment: kept, not clamped
        Assert.Null(Value(rows, new DateOnly(2026, 1, 2), SocialMetrics.Likes)); // NaN: no value, never 0
        Assert.Equal(18, Value(rows, new DateOnly(2026, 1, 2), SocialMetrics.Views));
        Assert.All(rows, r => Assert.Equal(("tiktok", "TikTok"), (r.Source, r.Platform)));
        Assert.Equal(4 * 5 - 1, rows.Count);
    }

    [Fact]
    public void Overview_DownloadedLater_StillEndsOnTheLatestMatchingDay()
    {
        // Landed on 20 March 2026: the window ending 2 January is 2025/2026, not 2026/2027.
        var rows = GoldenFiles.Rows(_overview, "TikTok/Overview.csv", landedOn: new DateOnly(2026, 3, 20));

        Assert.Equal(new DateOnly(2025, 12, 30), rows.Min(r => r.Date));
        Assert.Equal(new DateOnly(2026, 1, 2), rows.Max(r => r.Date));
    }

    [Fact]
    public void ExportNameWithItsUnixTime_WinsOverTheLandingDayAndGivesTheAccount()
    {
        var rows = GoldenFiles.Rows(_overview, "TikTok/Overview_2025-12-30_1767312000_nova.reyes.csv", landedOn: new DateOnly(2027, 6, 1));

        Assert.Equal([new DateOnly(2025, 12, 30), new DateOnly(2026, 1, 2)], rows.Select(r => r.Date).Distinct());
        Assert.All(rows, r => Assert.Equal("nova.reyes", r.Account));
    }

    [Fact]
    public void FollowerHistory_UndefinedIsNoValueAndNegativeChangesStay()
    {
        var rows = GoldenFiles.Rows(_followers, "TikTok/FollowerHistory.csv", landedOn: ExportedOn);

        Assert.Null(Value(rows, new DateOnly(2025, 12, 30), SocialMetrics.Followers));
        Assert.Equal(0, Value(rows, new DateOnly(2025, 12, 30), SocialMetrics.FollowersDelta));
        Assert.Equal((9L, -1L), (Value(rows, new DateOnly(2026, 1, 1), SocialMetrics.Followers)!.Value, Value(rows, new DateOnly(2026, 1, 1), SocialMetrics.FollowersDelta)!.Value));
        Assert.Equal(15, Value(rows, new DateOnly(2026, 1, 2), SocialMetrics.Followers));
    }

    [Fact]
    public void Viewers_AbbreviatedCountsAndUnknownMonthsAreRejectedWithReasons()
    {
        var items = GoldenFiles.Parse(_viewers, "TikTok/Viewers.csv", landedOn: new DateOnly(2026, 9, 2));

        Assert.Equal(
            [(4L, "Total Viewers '1.2K' is not a whole number"), (6L, "date 'Smarch 3' is not a day label such as 'August 31'")],
            items.Where(i => i.Reject is not null).Select(i => (i.Reject!.LineNo, i.Reject.Reason)));
        var rows = items.Where(i => i.Row is not null).Select(i => i.Row!).ToList();
        Assert.Equal([new DateOnly(2026, 8, 30), new DateOnly(2026, 8, 31), new DateOnly(2026, 9, 2)], rows.Select(r => r.Date).Distinct());
        Assert.Equal(140, Value(rows, new DateOnly(2026, 8, 31), SocialMetrics.ReturningViewers));
    }

    [Fact]
    public void Portuguese_DayLabelsAndQuotedThousands()
    {
        var rows = GoldenFiles.Rows(_overview, "TikTok/Overview-pt.csv", landedOn: new DateOnly(2026, 9, 25));

        Assert.Equal(18400, Value(rows, new DateOnly(2026, 9, 25), SocialMetrics.Views));
        Assert.Equal(70, Value(rows, new DateOnly(2026, 9, 24), SocialMetrics.Likes));
    }

    [Fact]
    public void French_LeapDay_PlacesTheWindowInALeapYear()
    {
        var rows = GoldenFiles.Rows(_overview, "TikTok/Overview-fr.csv", landedOn: new DateOnly(2024, 3, 1));

        Assert.Contains(rows, r => r.Date == new DateOnly(2024, 2, 29));
    }

    [Fact]
    public void French_LeapDayInAYearWithoutOne_IsRefusedNotShifted()
    {
        var error = Assert.Throws<InvalidDataException>(() => GoldenFiles.Parse(_overview, "TikTok/Overview-fr.csv", landedOn: new DateOnly(2025, 3, 1)));

        Assert.Contains("29 February falls in 2025", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void OlderIsoLayout_NeedsNoPlacingAndAddsFollowers()
    {
        var rows = GoldenFiles.Rows(_overview, "TikTok/overview-iso.csv");

        Assert.Equal(1004, Value(rows, new DateOnly(2024, 5, 2), SocialMetrics.Followers));
        Assert.Equal(5, Value(rows, new DateOnly(2024, 5, 1), SocialMetrics.FollowersDelta));
    }

    [Fact]
    public void WithoutAnExportDay_TheYearIsNeverGuessed()
    {
        var error = Assert.Throws<InvalidDataException>(() => GoldenFiles.Parse(_overview, "TikTok/Overview.csv"));

        Assert.Contains("have no year", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new[] { 12, 30, 12, 31, 1, 1 }, "2025-12-30", "2026-01-01")]
    [InlineData(new[] { 1, 1, 6, 1, 12, 31 }, "2025-01-01", "2025-12-31")]
    public void Window_PlacesDaysBackFromTheExportDay(int[] monthDays, string first, string last)
    {
        var days = monthDays.Chunk(2).Select(p => (p[0], p[1])).ToList();

        var (dates, problem) = TikTokExportWindow.Place(days, new DateOnly(2026, 1, 1));

        Assert.Null(problem);
        Assert.Equal((DateOnly.Parse(first, System.Globalization.CultureInfo.InvariantCulture), DateOnly.Parse(last, System.Globalization.CultureInfo.InvariantCulture)), (dates![0], dates[^1]));
    }

    [Fact]
    public void Window_DescendingDaysWouldSpanYears_AndAreRefused()
    {
        var (dates, problem) = TikTokExportWindow.Place([(3, 1), (2, 1), (1, 1)], new DateOnly(2026, 3, 1));

        Assert.Null(dates);
        Assert.Contains("at most 365 days", problem, StringComparison.Ordinal);
    }

    private static long? Value(List<SocialDay> rows, DateOnly date, string metric) =>
        rows.SingleOrDefault(r => r.Date == date && r.Metric == metric)?.Value;
}
