using Ecosystem.DataLake.Datasets.StreamDaily;
using Ecosystem.DataLake.Formats;
using Ecosystem.DataLake.Sources.SpotifyForArtists;
using Ecosystem.DataLake.Tests.Fakes;

namespace Ecosystem.DataLake.Tests.Sources.SpotifyForArtists;

public sealed class SpotifySongTimelineParserTests
{
    private const string GlassHarbor = "SpotifyForArtists/Glass Harbor-timeline.csv";
    private const string Accented = "SpotifyForArtists/L'été à Paris-timeline (2).csv";
    private readonly SpotifySongTimelineHandler _handler = new();

    [Theory]
    [InlineData(GlassHarbor)]
    [InlineData(Accented)]
    public void Match_DateStreamsHeader_WithBomAndCrlf(string file) =>
        Assert.Equal(FormatMatch.Of("date-streams"), _handler.Match(GoldenFiles.Sample(file)));

    [Theory]
    [InlineData("SpotifyForArtists/audience-2020.csv")]
    [InlineData("AppleMusic/plays-en.csv")]
    public void Match_OtherDailySeries_AreNotASongTimeline(string file) =>
        Assert.Equal(FormatMatchKind.None, _handler.Match(GoldenFiles.Sample(file)).Kind);

    [Fact]
    public void Parse_TakesTheSongFromTheFileNameAndEachDayOnce()
    {
        var days = GoldenFiles.Rows(_handler, GlassHarbor);

        Assert.Equal([410L, 388L, 912L], days.Select(d => d.Streams));
        Assert.All(days, d => Assert.Equal(("Glass Harbor", StreamGranularity.Track, "Spotify", "spotify_for_artists"), (d.Title, d.Granularity, d.Platform, d.Source)));
        Assert.All(days, d => Assert.Null(d.Isrc)); // the file has no ISRC; the warehouse matches the title to the catalog
        Assert.Equal(new DateOnly(2026, 7, 30), days[0].Date);
    }

    [Fact]
    public void Parse_AccentsAndApostrophesInTheNameAreVerbatim_RepeatedAndEmptyDaysAreRejected()
    {
        var items = GoldenFiles.Parse(_handler, Accented);

        var rows = items.Where(i => i.Row is not null).Select(i => i.Row!).ToList();
        Assert.All(rows, d => Assert.Equal("L'été à Paris", d.Title));
        Assert.Equal([(new DateOnly(2026, 8, 1), 31L), (new DateOnly(2026, 8, 3), 40L)], rows.Select(d => (d.Date, d.Streams)));
        Assert.Equal(
            ["date 2026-08-01 appears twice in the file", "the count for 2026-08-02 is empty (''); a missing day is not a zero"],
            items.Where(i => i.Reject is not null).Select(i => i.Reject!.Reason));
    }

    [Theory]
    [InlineData("download.csv")]
    [InlineData("timeline.csv")]
    public void Parse_AFileNameWithoutTheSong_CannotBeAttributedAndSaysWhy(string name)
    {
        var error = Assert.Throws<InvalidDataException>(() => GoldenFiles.Parse(_handler, GlassHarbor, name));

        Assert.Contains("names its song only in the file name", error.Message, StringComparison.Ordinal);
        Assert.Contains(name, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Glass Harbor-timeline.csv", "Glass Harbor")]
    [InlineData("exports/Glass Harbor-timeline (3).csv", "Glass Harbor")]
    [InlineData("Song - Remix-timeline.csv", "Song - Remix")]
    [InlineData("=cmd-timeline.csv", "=cmd")]
    public void SongTitle_ComesFromTheFileName(string name, string title)
    {
        Assert.True(SpotifyFileNames.TryGetSongTitle(name, out var found));
        Assert.Equal(title, found);
    }
}
