using Ecosystem.DataLake.Datasets.StreamDaily;
using Ecosystem.DataLake.Sources.DistroKid;
using Ecosystem.DataLake.Tests.Fakes;

namespace Ecosystem.DataLake.Tests.Sources.DistroKid;

public sealed class DistroKidStatsPageHandlerTests
{
    private readonly DistroKidStatsPageHandler _handler = new();

    [Theory]
    [InlineData("DistroKid/stats-spotify.html")]
    [InlineData("DistroKid/stats-applemusic.html")]
    [InlineData("DistroKid/stats-not-loaded.html")]
    public void SavedStatsPages_AreDetectedByContent(string file) => Assert.Equal(DistroKidStatsPageHandler.FormatId, Registry.Detect(file));

    [Fact]
    public void Spotify_TheTrend365DayChartsOwnData_NotAnotherChartsOnThePage()
    {
        var items = GoldenFiles.Parse(_handler, "DistroKid/stats-spotify.html");
        var days = items.Where(i => i.Row is not null).Select(i => i.Row!).ToList();

        Assert.Equal(10, days.Count);
        Assert.Equal((new DateOnly(2026, 8, 1), 1001L), (days[0].Date, days[0].Streams));
        Assert.All(days, d => Assert.Equal(("distrokid", "Spotify", StreamGranularity.PlatformTotal), (d.Source, d.Platform, d.Granularity)));
        Assert.Equal("date 2026-08-05 appears twice in the chart", Assert.Single(items, i => i.Reject is not null).Reject!.Reason);
    }

    [Fact]
    public void AppleMusic_TheLongestDataProviderWithFieldAndValueKeys()
    {
        var days = GoldenFiles.Rows(_handler, "DistroKid/stats-applemusic.html");

        Assert.Equal(7, days.Count);
        Assert.Equal((new DateOnly(2026, 8, 7), 207L, "Apple Music"), (days[^1].Date, days[^1].Streams, days[^1].Platform));
    }

    [Fact]
    public void APageSavedBeforeItsChartsLoaded_IsUnparseableWithASentenceSayingSo()
    {
        var error = Assert.Throws<InvalidDataException>(() => GoldenFiles.Parse(_handler, "DistroKid/stats-not-loaded.html"));

        Assert.Contains("after its charts have loaded", error.Message, StringComparison.Ordinal);
    }
}
