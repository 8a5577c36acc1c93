using Ecosystem.DataLake.Formats;
using Ecosystem.DataLake.Sources.AppleMusic;
using Ecosystem.DataLake.Sources.Bandcamp;
using Ecosystem.DataLake.Sources.DistroKid;
using Ecosystem.DataLake.Sources.SoundCloud;
using Ecosystem.DataLake.Sources.SpotifyForArtists;
using Ecosystem.DataLake.Tests.Fakes;

namespace Ecosystem.DataLake.Tests.Sources.SpotifyForArtists;

public sealed class SpotifyAudienceTimelineParserTests
{
    private const string Current = "SpotifyForArtists/4aawyAB9vmqN3uQ7FjRGTy-audience-timeline.csv";
    private const string Classic = "SpotifyForArtists/audience-2020.csv";
    private const string Super = "SpotifyForArtists/4aawyAB9vmqN3uQ7FjRGTy-audience-timeline (1).csv";
    private readonly SpotifyAudienceTimelineHandler _handler = new();

    [Theory]
    [InlineData(Current, "2026")]
    [InlineData(Classic, "2020")]
    [InlineData(Super, "2026-super")]
    public void Match_EveryLayoutSeen_ByHeaderWithBomOrWithout(string file, string layout)
    {
        var match = _handler.Match(GoldenFiles.Sample(file));

        Assert.Equal(FormatMatchKind.Match, match.Kind);
        Assert.Equal(layout, match.Layout);
    }

    [Fact]
    public void Match_AnAddedColumn_IsAnUnknownVariantNamingIt()
    {
        var match = _handler.Match(GoldenFiles.Sample("SpotifyForArtists/audience-unknown-variant.csv"));

        Assert.Equal(FormatMatchKind.UnknownVariant, match.Kind);
        Assert.Contains("unexpected: countries", match.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("SpotifyForArtists/Glass Harbor-timeline.csv")]
    [InlineData("AppleMusic/listeners-es.csv")]
    [InlineData("DistroKid/classic-13.tsv")]
    [InlineData("Other/unknown-inventory.csv")]
    public void Match_OtherFormats_AreNotAnAudienceTimeline(string file) =>
        Assert.Equal(FormatMatchKind.None, _handler.Match(GoldenFiles.Sample(file)).Kind);

    [Fact]
    public void OtherHandlers_DoNotClaimAnAudienceTimeline()
    {
        ISourceHandler[] others = [new DistroKidStatementHandler(), new SoundCloudStatementHandler(), new BandcampSalesHandler(), new SpotifySongTimelineHandler(), new AppleMusicPlaysHandler(), new AppleMusicListenersHandler()];
        foreach (var file in new[] { Current, Classic, Super })
        {
            Assert.All(others, other => Assert.Equal(FormatMatchKind.None, other.Match(GoldenFiles.Sample(file)).Kind));
        }
    }

    [Fact]
    public void Parse_CurrentLayout_MapsEveryColumnByNameAndTheArtistFromTheFileName()
    {
        var days = GoldenFiles.Rows(_handler, Current);

        Assert.Equal(3, days.Count);
        var first = days[0];
        Assert.Equal(("spotify_for_artists", "Spotify", "4aawyAB9vmqN3uQ7FjRGTy"), (first.Source, first.Platform, first.Artist));
        Assert.Equal(new DateOnly(2026, 7, 30), first.Date);
        Assert.Equal((812L, 15210L, 9840L, 1304L, 12L, 40L, 2210L), (first.Listeners!.Value, first.MonthlyListeners!.Value, first.MonthlyActiveListeners!.Value, first.Streams!.Value, first.PlaylistAdds!.Value, first.Saves!.Value, first.Followers!.Value));
        Assert.Null(first.SuperListeners); // not in this layout: unknown, not zero
        Assert.Equal(2, first.LineNo);
        Assert.Null(days[1].Saves); // an empty cell is a missing value, never 0
        Assert.Equal(2214, days[1].Followers);
    }

    [Fact]
    public void Parse_2020Layout_WithoutArtistInTheName_LeavesTheArtistUnknown()
    {
        var days = GoldenFiles.Rows(_handler, Classic);

        Assert.Equal([new DateOnly(2021, 12, 30), new DateOnly(2021, 12, 31), new DateOnly(2022, 1, 1)], days.Select(d => d.Date));
        Assert.All(days, d => Assert.Null(d.Artist));
        Assert.Equal([180L, 199L, 240L], days.Select(d => d.Streams!.Value));
        Assert.All(days, d => Assert.Null(d.MonthlyListeners));
    }

    [Fact]
    public void Parse_RejectsRepeatedDaysNegativeCountsAbbreviationsForeignDatesAndShortRows()
    {
        var items = GoldenFiles.Parse(_handler, Super);

        var accepted = items.Where(i => i.Row is not null).Select(i => i.Row!).ToList();
        Assert.Equal([new DateOnly(2026, 8, 2), new DateOnly(2026, 8, 7)], accepted.Select(d => d.Date));
        Assert.Equal(88, accepted[0].SuperListeners);
        Assert.Equal("4aawyAB9vmqN3uQ7FjRGTy", accepted[0].Artist); // the browser's " (1)" copy suffix is ignored
        var reasons = items.Where(i => i.Reject is not null).Select(i => (i.Reject!.LineNo, i.Reject.Reason)).ToList();
        Assert.Equal(
            [
                (3L, "date 2026-08-02 appears twice in the file"),
                (4L, "listeners '-4' is not a count"),
                (5L, "date '08/04/2026' is not a YYYY-MM-DD date"),
                (6L, "listeners '1.2K' is not a count"),
                (7L, "expected 9 fields as in the header, found 8"),
            ],
            reasons);
    }
}
