using Ecosystem.DataLake.Sources.Instagram;
using Ecosystem.DataLake.Tests.Fakes;

namespace Ecosystem.DataLake.Tests.Sources.Instagram;

public sealed class InstagramPostsHandlerTests
{
    [Fact]
    public void Parse_QuotedThousandsUsDatesAndAQuotedDescription()
    {
        Assert.Equal(InstagramPostsHandler.FormatId, Registry.Detect("Instagram/posts.csv"));
        var items = GoldenFiles.Parse(new InstagramPostsHandler(), "Instagram/posts.csv", landedOn: new DateOnly(2026, 8, 25));
        var posts = items.Where(i => i.Row is not null).Select(i => i.Row!).ToList();

        var reel = posts[0];
        Assert.Equal(("18012345678901234", "novareyes", "reel", "New single \"Northern Lights\" out now, link in bio"), (reel.PostId, reel.Account, reel.PostType, reel.Title));
        Assert.Equal((12400L, 9100L, 840L, 55L, 12L, 31L, 77L, 31L), (reel.Views!.Value, reel.Reach!.Value, reel.Likes!.Value, reel.Shares!.Value, reel.Follows!.Value, reel.Comments!.Value, reel.Saves!.Value, reel.DurationSeconds!.Value));
        Assert.Equal(new DateOnly(2026, 8, 22), reel.PublishedDate);
        Assert.Null(posts[1].Follows); // an empty cell: no value, not 0
        Assert.Equal("publish time '24/08/2026 09:00' is not a date", Assert.Single(items, i => i.Reject is not null).Reject!.Reason);
    }
}
