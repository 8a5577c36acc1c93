using Ecosystem.DataLake.Formats.Text;
using Ecosystem.DataLake.Sources.SpotifyForArtists;
using Ecosystem.DataLake.Tests.Fakes;

namespace Ecosystem.DataLake.Tests.Sources.SpotifyForArtists;

public sealed class SpotifySongsListHandlerTests
{
    private const string List = "SpotifyForArtists/4aawyAB9vmqN3uQ7FjRGTy-songs-1year.csv";
    private static readonly DateOnly Landed = new(2026, 8, 2);
    private readonly SpotifySongsListHandler _handler = new();

    [Fact]
    public void Parse_TheWindowAndArtistFromTheName_TitlesVerbatimEvenFormulaLike()
    {
        Assert.Equal(SpotifySongsListHandler.FormatId, Registry.Detect(List));
        var items = GoldenFiles.Parse(_handler, List, landedOn: Landed);
        var songs = items.Where(i => i.Row is not null).Select(i => i.Row!).ToList();

        Assert.All(songs, s => Assert.Equal(("1year", Landed, "4aawyAB9vmqN3uQ7FjRGTy"), (s.Period, s.AsOf, s.Artist)));
        Assert.Equal((8120L, 20411L, 930L, new DateOnly(2024, 3, 15)), (songs[0].Listeners!.Value, songs[0].Streams!.Value, songs[0].Saves!.Value, songs[0].ReleaseDate!.Value));
        Assert.Equal("=HYPERLINK(\"x\")", songs[1].Song); // kept as is; exports escape it, the lake never rewrites it
        Assert.Null(songs[1].Saves);
        Assert.Equal("Salt & Static, Pt. 2", songs[2].Song);
        Assert.Equal("release_date '15/03/2024' is not a YYYY-MM-DD date", Assert.Single(items, i => i.Reject is not null).Reject!.Reason);
    }

    [Theory]
    [InlineData("x-songs-28day.csv", "28day")]
    [InlineData("catalog-view?time-filter=all.json", "all")]
    [InlineData("songs.csv", null)]
    public void Period_ComesOnlyFromTheName(string name, string? period) => Assert.Equal(period, ExportNames.PeriodOf(name));

    [Fact]
    public void AListWhoseNameHidesItsWindow_CannotBeReadAndSaysWhy()
    {
        var error = Assert.Throws<InvalidDataException>(() => GoldenFiles.Parse(_handler, List, "songs.csv", Landed));

        Assert.Contains("only in its file name", error.Message, StringComparison.Ordinal);
    }
}
