using Ecosystem.DataLake.Datasets.SocialDaily;
using Ecosystem.DataLake.Formats;
using Ecosystem.DataLake.Sources.Instagram;
using Ecosystem.DataLake.Tests.Fakes;

namespace Ecosystem.DataLake.Tests.Sources.Instagram;

public sealed class InstagramInsightsHandlerTests
{
    private readonly InstagramInsightsHandler _handler = new();

    [Theory]
    [InlineData("Instagram/Views.csv", SocialMetrics.Views)]
    [InlineData("Instagram/Follows.csv", SocialMetrics.Follows)]
    public void Match_Utf16WithSepLineAndTitle_TheTitleIsTheMetric(string file, string metric)
    {
        var sample = GoldenFiles.Sample(file);

        Assert.Equal(TextEncodings.Utf16Le, sample.Encoding);
        Assert.Equal(FormatMatch.Of(metric), _handler.Match(sample));
    }

    [Fact]
    public void Match_AnUnknownMetricTitle_IsAVariantNamingIt()
    {
        var match = _handler.Match(GoldenFiles.Sample("Instagram/Saves.csv"));

        Assert.Equal(FormatMatchKind.UnknownVariant, match.Kind);
        Assert.Equal("unknown Instagram insights metric 'Saves per reel'", match.Reason);
    }

    [Theory]
    [InlineData("AppleMusic/plays-en.csv")]
    [InlineData("TikTok/Overview.csv")]
    [InlineData("SpotifyForArtists/Glass Harbor-timeline.csv")]
    public void Match_OtherDailySeries_AreNotInstagram(string file) =>
        Assert.Equal(FormatMatchKind.None, _handler.Match(GoldenFiles.Sample(file)).Kind);

    [Fact]
    public void Parse_EachDayIsOneRowOfTheTitlesMetric_QuotedThousandsAndDateTimes()
    {
        var rows = GoldenFiles.Rows(_handler, "Instagram/Views.csv");

        Assert.Equal(
            [(new DateOnly(2026, 8, 22), 8226L), (new DateOnly(2026, 8, 23), 9104L), (new DateOnly(2026, 8, 24), 12400L)],
            rows.Select(r => (r.Date, r.Value)));
        Assert.All(rows, r => Assert.Equal(("instagram", "Instagram", SocialMetrics.Views), (r.Source, r.Platform, r.Metric)));
        Assert.Equal(4, rows[0].LineNo); // sep=, the title and the header come first
    }

    [Fact]
    public void Parse_ZeroIsAValue()
    {
        var rows = GoldenFiles.Rows(_handler, "Instagram/Follows.csv");

        Assert.Equal([14L, 0L], rows.Select(r => r.Value));
    }
}
