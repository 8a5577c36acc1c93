using Ecosystem.DataLake.Datasets.RoyaltyLines;
using Ecosystem.DataLake.Formats;
using Ecosystem.DataLake.Sources.DistroKid;
using Ecosystem.DataLake.Sources.SoundCloud;
using Ecosystem.DataLake.Tests.Fakes;

namespace Ecosystem.DataLake.Tests.Sources.SoundCloud;

public sealed class SoundCloudStatementParserTests
{
    private const string Statement = "SoundCloud/lifetime_statement_5f0c3a7e_2026-08_ab12.csv";
    private static readonly ParseContext Context = new("soundcloud", new string('b', 64), "run-1", "statement.csv");
    private readonly SoundCloudStatementHandler _handler = new();

    [Theory]
    [InlineData(Statement, "preamble")]
    [InlineData("SoundCloud/reordered-no-preamble.csv", "no-preamble")]
    public void Match_FindsTheHeaderBehindThePreambleByContent(string file, string layout)
    {
        var match = _handler.Match(Sample(file));

        Assert.Equal(FormatMatchKind.Match, match.Kind);
        Assert.Equal(layout, match.Layout);
    }

    [Fact]
    public void Match_SoundCloudHeaderMissingColumns_IsAnUnknownVariantNamingThem()
    {
        var match = _handler.Match(Sample("SoundCloud/unknown-variant.csv"));

        Assert.Equal(FormatMatchKind.UnknownVariant, match.Kind);
        Assert.Contains("missing: artist(s), country, isrc", match.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("DistroKid/classic-13.tsv")]
    [InlineData("Other/unknown-inventory.csv")]
    public void Match_OtherFormats_AreNotSoundCloud(string file) => Assert.Equal(FormatMatchKind.None, _handler.Match(Sample(file)).Kind);

    [Fact]
    public void DistroKid_DoesNotClaimASoundCloudStatement() =>
        Assert.Equal(FormatMatchKind.None, new DistroKidStatementHandler().Match(Sample(Statement)).Kind);

    [Fact]
    public void Parse_MapsEveryColumnOfTheStatement()
    {
        var lines = Parse(Statement);

        Assert.Equal(4, lines.Count); // the trailing all-empty line is skipped
        var spotify = lines[0];
        Assert.Equal("soundcloud", spotify.Source);
        Assert.Equal(new DateOnly(2026, 6, 1), spotify.SaleMonth); // Reporting Period: when the usage happened
        Assert.Equal(new DateOnly(2026, 8, 1), spotify.ReportingDate); // Accounting Period
        Assert.Equal("Spotify", spotify.Store);
        Assert.Equal("Nova Reyes", spotify.Artist);
        Assert.Equal("Glass Harbor", spotify.Title);
        Assert.Equal("QZES22400001", spotify.Isrc);
        Assert.Equal("0196000000001", spotify.Upc);
        Assert.Equal("song", spotify.ProductKind);
        Assert.Equal("US", spotify.Country);
        Assert.Equal(1523, spotify.Quantity);
        Assert.Equal("stream", spotify.UnitKind);
        Assert.Equal(4.31m, spotify.Amount);
        Assert.Equal("USD", spotify.Currency);
        Assert.Equal(100m, spotify.TeamPct);
        Assert.Equal(4, spotify.LineNo); // two preamble rows and the header come first
    }

    [Fact]
    public void Parse_KeepsQuirksAsTheStatementSaysThem()
    {
        var lines = Parse(Statement);

        Assert.Equal(new DateOnly(2026, 6, 1), lines[1].SaleMonth); // "2026-06-01 00:00:00": the first ten characters
        Assert.Equal("Sólveig Árnadóttir", lines[1].Artist);
        Assert.Equal("QZES22500017", lines[1].Isrc);
        Assert.Equal("IS", lines[1].Country);
        Assert.Equal("SoundCloud", lines[1].Store);

        var release = lines[2];
        Assert.Null(release.Isrc);
        Assert.Equal("Glass Harbor EP", release.Title); // no track: the release is what was sold
        Assert.Equal("release", release.ProductKind);
        Assert.Equal("download", release.UnitKind);

        Assert.True(lines[3].IsAdjustment);
        Assert.Equal(-0.52m, lines[3].Amount);
    }

    [Fact]
    public void Parse_ReorderedHeaderWithBomAndCrlf_MapsByNameAndRejectsABadPeriod()
    {
        using var stream = File.OpenRead(TestFiles.Path("SoundCloud/reordered-no-preamble.csv"));
        using var reader = TextEncodings.OpenReader(stream, TextEncodings.Utf8Bom);
        var items = _handler.Parse(reader, Context).ToList();

        var line = items[0].Row!;
        Assert.Equal(("Deezer", "Paper Moons", "FR", 40L, 0.14m), (line.Store, line.Title, line.Country, line.Quantity, line.Amount));
        Assert.Equal(new DateOnly(2026, 7, 1), line.SaleMonth);
        Assert.Equal("Reporting Period 'July 2026' is not a date", items[1].Reject!.Reason);
    }

    private List<RoyaltyLine> Parse(string file)
    {
        using var stream = File.OpenRead(TestFiles.Path(file));
        using var reader = TextEncodings.OpenReader(stream, TextEncodings.Utf8);
        var items = _handler.Parse(reader, Context).ToList();
        Assert.All(items, item => Assert.Null(item.Reject));
        return items.Select(item => item.Row!).ToList();
    }

    private static HeaderSample Sample(string file) => HeaderSample.FromBytes(TestFiles.Bytes(file), isWholeFile: true);
}
