using Ecosystem.DataLake.Identity;

namespace Ecosystem.DataLake.Tests.Identity;

public sealed class IdentityTests
{
    private static readonly ArtistAliases Artists = new(["Nova Reyes", "Kai Moreno", "The Lanterns", "Sólveig Árnadóttir"], [("NOVA", "Nova Reyes"), ("Simon & Garfunkel", "Simon & Garfunkel")]);

    [Theory]
    [InlineData("Nova Reyes", "Nova Reyes")]
    [InlineData("nova reyes", "Nova Reyes")]
    [InlineData("Nova  Reyes.", "Nova Reyes")]
    [InlineData("NOVA", "Nova Reyes")]
    [InlineData("the-lanterns", "The Lanterns")]
    [InlineData("Simon & Garfunkel", "Simon & Garfunkel")]
    [InlineData("Solveig Arnadottir", "Solveig Arnadottir")] // accents are not folded: a different name until an alias says so
    [InlineData("Unknown Band", "Unknown Band")]
    public void Artists_CasePunctuationAndSpacingVariantsResolve_OthersStayThemselves(string credit, string artist) =>
        Assert.Equal([artist], Artists.Resolve(credit));

    [Theory]
    [InlineData("Nova Reyes & Kai Moreno")]
    [InlineData("Nova Reyes x Kai Moreno")]
    [InlineData("Nova Reyes feat. Kai Moreno")]
    [InlineData("nova reyes, KAI MORENO")]
    [InlineData("Nova Reyes (feat. Kai Moreno)")]
    public void Collabs_KeepBothArtists(string credit) => Assert.Equal(["Nova Reyes", "Kai Moreno"], Artists.Resolve(credit));

    [Theory]
    [InlineData("Spotify", "Spotify")]
    [InlineData("Spotify Premium", "Spotify")]
    [InlineData("YouTube (Ads)", "YouTube")]
    [InlineData("Instagram/Facebook", "Meta")]
    [InlineData("Amazon Unlimited (Streaming)", "Amazon Music")]
    [InlineData("Amazon", "Amazon")]
    [InlineData("tidal", "TIDAL")]
    [InlineData("Joox", "Joox")]
    [InlineData(" Yandex Music ", "Yandex Music")]
    public void Stores_KnownAliasesMapAndUnknownStoresAreTheirOwnPlatform(string store, string platform) =>
        Assert.Equal(platform, StoreAliases.PlatformOf(store));

    [Fact]
    public void UnknownStores_AreNeverSpotify() => Assert.False(StoreAliases.IsKnown("Joox"));

    [Theory]
    [InlineData("QZES22400001", "Something Else", "Anyone", "QZES22400001")] // the ISRC wins over any title
    [InlineData(null, "Glass Harbor", "nova reyes", "QZES22400001")]
    [InlineData(null, "Glass Harbor (feat. Kai Moreno)", "Nova Reyes", "QZES22400001")]
    [InlineData(null, "Glass Harbor - Radio Edit", "NOVA", "QZES22400001")]
    [InlineData(null, "Summer in Reykjavik", "Kai Moreno", "QZES22400005")]
    [InlineData(null, "Paper Moon", "Nova Reyes", null)] // one letter off in a short title: another song
    [InlineData(null, "Glass Harbor", "Kai Moreno", null)] // right title, wrong artist
    [InlineData(null, "Tidewater", "Kai Moreno", "QZES22400003")] // a collab track matches either artist
    public void Tracks_ByIsrcThenTitleAndArtist(string? isrc, string title, string artist, string? expected)
    {
        var matcher = new TrackMatcher(
            [
                new CatalogTrack("QZES22400001", "Glass Harbor", "Nova Reyes"),
                new CatalogTrack("QZES22400002", "Paper Moons", "Nova Reyes"),
                new CatalogTrack("QZES22400003", "Tidewater", "Nova Reyes & Kai Moreno"),
                new CatalogTrack("QZES22400005", "Summer in Reykjavík", "Kai Moreno"),
            ],
            Artists);

        Assert.Equal(expected, matcher.Match(isrc, title, artist)?.Isrc);
    }

    [Fact]
    public void Tracks_TwoCandidatesAboveTheThreshold_IsNoMatch()
    {
        var matcher = new TrackMatcher([new CatalogTrack("QZES22400011", "Northern Lights", "Nova Reyes"), new CatalogTrack("QZES22400012", "Northern Light", "Nova Reyes")], Artists);

        Assert.Null(matcher.Match(null, "Northern Lightz", "Nova Reyes"));
    }

    [Fact]
    public void ConflictingAliases_AreRefused() =>
        Assert.Throws<ArgumentException>(() => new ArtistAliases(["Nova Reyes", "Kai Moreno"], [("nova reyes", "Kai Moreno")]));
}
