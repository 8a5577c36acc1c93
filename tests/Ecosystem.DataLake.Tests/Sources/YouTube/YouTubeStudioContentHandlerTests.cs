using Ecosystem.DataLake.Sources.SpotifyForArtists;
using Ecosystem.DataLake.Sources.YouTube;
using Ecosystem.DataLake.Tests.Fakes;

namespace Ecosystem.DataLake.Tests.Sources.YouTube;

public sealed class YouTubeStudioContentHandlerTests
{
    private static readonly DateOnly Landed = new(2026, 10, 20);

    [Fact]
    public void ContentTable_TotalRowSkipped_DatesLikeOct3_DurationsInBothForms()
    {
        Assert.Equal(YouTubeStudioContentHandler.FormatId, Registry.Detect("YouTube/Table data.csv"));
        var items = GoldenFiles.Parse(new YouTubeStudioContentHandler(), "YouTube/Table data.csv", landedOn: Landed);
        var posts = items.Where(i => i.Row is not null).Select(i => i.Row!).ToList();

        Assert.Equal(["dQw4w9WgXcQ", "a1b2c3d4e5f"], posts.Select(p => p.PostId)); // "Total" is the sum of the others, not a video
        Assert.Equal((new DateOnly(2026, 10, 3), 213L, 70m, 8000L, 40L, 380L), (posts[0].PublishedDate!.Value, posts[0].DurationSeconds!.Value, posts[0].AverageWatchSeconds!.Value, posts[0].Views!.Value, posts[0].Follows!.Value, posts[0].Likes!.Value));
        Assert.Equal((20L, -5L), (posts[1].DurationSeconds!.Value, posts[1].Follows!.Value)); // net subscribers can be negative
        Assert.Equal("video publish time '3/10/2026' is not a date like 'Oct 3, 2026'", Assert.Single(items, i => i.Reject is not null).Reject!.Reason);
    }

    [Fact]
    public void SpotifySongsJson_StringNumbersWithSeparators_TheWindowFromTheName()
    {
        const string File = "Json/4aawyAB9vmqN3uQ7FjRGTy-catalog-view_time-filter=28day.json";
        Assert.Equal(SpotifySongsJsonHandler.FormatId, Registry.Detect(File));
        var items = GoldenFiles.Parse(new SpotifySongsJsonHandler(), File, landedOn: Landed);
        var songs = items.Where(i => i.Row is not null).Select(i => i.Row!).ToList();

        Assert.Equal((48210L, 20004L, 3001L, "t1", "28day"), (songs[0].Streams!.Value, songs[0].Listeners!.Value, songs[0].Saves!.Value, songs[0].TrackId, songs[0].Period));
        Assert.Equal(("4aawyAB9vmqN3uQ7FjRGTy", new DateOnly(2026, 10, 11)), (songs[0].Artist, songs[0].ReleaseDate!.Value));
        Assert.Equal(9120L, songs[1].Streams);
        Assert.Equal("numStreams '1.2K' is not a count", Assert.Single(items, i => i.Reject is not null).Reject!.Reason);
    }
}
