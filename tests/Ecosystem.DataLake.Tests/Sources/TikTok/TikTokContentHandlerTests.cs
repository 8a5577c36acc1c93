using Ecosystem.DataLake.Sources.TikTok;
using Ecosystem.DataLake.Tests.Fakes;

namespace Ecosystem.DataLake.Tests.Sources.TikTok;

public sealed class TikTokContentHandlerTests
{
    private static readonly DateOnly Landed = new(2026, 8, 6);
    private readonly TikTokContentHandler _handler = new();

    [Theory]
    [InlineData("TikTok/Content.csv")]
    [InlineData("TikTok/Content-older.csv")]
    public void BothHeaderVariants_AreDetected(string file) => Assert.Equal(TikTokContentHandler.FormatId, Registry.Detect(file));

    [Fact]
    public void Parse_IdsFromLinks_AbbreviatedCountsExpandedAndFlagged_WatchTimeAndFullViewsInEveryForm()
    {
        var items = GoldenFiles.Parse(_handler, "TikTok/Content.csv", landedOn: Landed);
        var posts = items.Where(i => i.Row is not null).Select(i => i.Row!).ToList();

        var teaser = posts[0];
        Assert.Equal(("7412345678901234567", "https://www.tiktok.com/@nova.reyes/video/7412345678901234567", "Glass Harbor teaser 🌊"), (teaser.PostId, teaser.Url, teaser.Title));
        Assert.Equal((18400L, 1200L, 87L, 41L, 120L, true), (teaser.Views!.Value, teaser.Likes!.Value, teaser.Comments!.Value, teaser.Shares!.Value, teaser.Saves!.Value, teaser.CountsRounded));
        Assert.Equal((11.5m, 0.31m, new DateOnly(2026, 8, 1), Landed), (teaser.AverageWatchSeconds!.Value, teaser.WatchedFullShare!.Value, teaser.PublishedDate!.Value, teaser.AsOf));

        var studio = posts[1];
        Assert.Equal((3_400_000L, 250_000L, 1024L, 4500L, 9000L), (studio.Views!.Value, studio.Likes!.Value, studio.Comments!.Value, studio.Shares!.Value, studio.Saves!.Value));
        Assert.Equal((12m, 0.38m, new DateOnly(2026, 8, 3)), (studio.AverageWatchSeconds!.Value, studio.WatchedFullShare!.Value, studio.PublishedDate!.Value));
        Assert.Equal(
            ["video link 'https://www.tiktok.com/@nova.reyes/photo/123' has no /video/<id>", "watched full video '140%' is not a fraction or a percent"],
            items.Where(i => i.Reject is not null).Select(i => i.Reject!.Reason));
    }

    [Fact]
    public void OlderVariant_PlainCountsAreNotFlaggedRounded()
    {
        var post = Assert.Single(GoldenFiles.Rows(_handler, "TikTok/Content-older.csv", "Content_nova.reyes_1767312000_nova.reyes.csv", Landed));

        Assert.Equal((300L, false, new DateOnly(2025, 12, 30)), (post.Views!.Value, post.CountsRounded, post.PublishedDate!.Value));
        Assert.Equal(new DateOnly(2026, 1, 2), post.AsOf); // the export's own time, from its name
    }
}
