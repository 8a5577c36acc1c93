using Ecosystem.DataLake.Datasets.RoyaltyLines;
using Ecosystem.DataLake.Formats;
using Ecosystem.DataLake.Sources.DistroKid;
using Ecosystem.DataLake.Tests.Fakes;

namespace Ecosystem.DataLake.Tests.Sources.DistroKid;

public sealed class DistroKidStatementParserTests
{
    private static readonly ParseContext Context = new("distrokid", new string('a', 64), "run-1", "statement.tsv");
    private readonly DistroKidStatementHandler _handler = new();

    [Theory]
    [InlineData("DistroKid/classic-13.tsv", "classic-13")]
    [InlineData("DistroKid/current-15-bom-crlf.tsv", "current-15")]
    [InlineData("DistroKid/classic-quoted.csv", "classic-13")]
    [InlineData("DistroKid/windows-1252.tsv", "classic-13")]
    [InlineData("DistroKid/rejects.tsv", "classic-13")]
    public void Match_KnownLayouts_AreRecognisedByContent(string file, string layout)
    {
        var match = _handler.Match(Sample(file));

        Assert.Equal(FormatMatchKind.Match, match.Kind);
        Assert.Equal(layout, match.Layout);
    }

    [Fact]
    public void Match_DistroKidHeaderMissingAColumn_IsAnUnknownVariantNamingIt()
    {
        var match = _handler.Match(Sample("DistroKid/unknown-variant-no-team.tsv"));

        Assert.Equal(FormatMatchKind.UnknownVariant, match.Kind);
        Assert.Contains("team percentage", match.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Other/unknown-inventory.csv")]
    [InlineData("Other/empty.csv")]
    public void Match_OtherFiles_AreNotDistroKid(string file) =>
        Assert.Equal(FormatMatchKind.None, _handler.Match(Sample(file)).Kind);

    [Fact]
    public void Match_HeaderInAnotherCurrency_ReadsTheCurrencyFromTheHeader()
    {
        var text = "Reporting Date\tSale Month\tStore\tArtist\tTitle\tISRC\tUPC\tQuantity\tTeam Percentage\tSong/Album\tCountry of Sale\tSongwriter Royalties Withheld (EUR)\tEarnings (EUR)\n" +
                   "2024-03-04\t2024-01\tSpotify\tA\tT\tQZTES2400001\t0196000000001\t10\t100\tSong\tFR\t0\t0.03\n";

        var lines = Parse(text);

        Assert.Equal("EUR", Assert.Single(lines).Currency);
    }

    [Fact]
    public void Parse_ClassicLayout_KeepsEveryFieldAsTheStatementSaysIt()
    {
        var lines = Parse(File.ReadAllText(TestFiles.Path("DistroKid/classic-13.tsv")));

        Assert.Equal(3, lines.Count);
        var spotify = lines[0];
        Assert.Equal(new DateOnly(2024, 3, 4), spotify.ReportingDate);
        Assert.Equal(new DateOnly(2024, 1, 1), spotify.SaleMonth);
        Assert.Equal("Spotify", spotify.Store);
        Assert.Equal("QZTES2400001", spotify.Isrc);
        Assert.Equal("0196000000001", spotify.Upc); // leading zero kept: UPC is a string
        Assert.Equal(1523, spotify.Quantity);
        Assert.Equal(4.312870015m, spotify.Amount);
        Assert.Equal("USD", spotify.Currency);
        Assert.Equal("song", spotify.ProductKind);
        Assert.Equal("stream", spotify.UnitKind);
        Assert.Equal(2, spotify.LineNo);

        var instagram = lines[1];
        Assert.Equal("OU", instagram.Country); // "outside the US", kept as DistroKid writes it
        Assert.Equal(0.102135011213m, instagram.Amount); // 12 decimal places survive

        var album = lines[2];
        Assert.Null(album.Isrc); // album rows carry no ISRC
        Assert.Equal("album", album.ProductKind);
        Assert.Equal("download", album.UnitKind); // iTunes is a sale
        Assert.Equal(50m, album.TeamPct);
        Assert.Equal(new DateOnly(2023, 12, 1), album.SaleMonth);
    }

    [Fact]
    public void Parse_CurrentLayoutWithBomAndCrlf_MapsRenamedColumnsAndKeepsAdjustments()
    {
        using var stream = File.OpenRead(TestFiles.Path("DistroKid/current-15-bom-crlf.tsv"));
        using var reader = TextEncodings.OpenReader(stream, TextEncodings.Utf8Bom);
        var lines = _handler.Parse(reader, Context).Select(item => item.Row!).ToList();

        Assert.Equal(4, lines.Count);
        Assert.Equal("Nova Reyes & Sólveig Árnadóttir", lines[0].Artist); // collab kept as one credit, accents intact
        Assert.Equal("Hvítur Vetur", lines[0].Title);
        Assert.Equal(new DateOnly(2026, 5, 6), lines[0].DateInserted);
        Assert.Equal(0m, lines[0].SongwriterWithheld);
        Assert.Null(lines[0].Recoup);

        var correction = lines[1];
        Assert.Equal(-0.4125m, correction.Amount);
        Assert.True(correction.IsAdjustment);
        Assert.Equal(0, correction.Quantity);

        Assert.Equal("QZES22400002", lines[2].Isrc); // upper-cased
        Assert.Equal("DE", lines[2].Country);
        Assert.Equal(1.25m, lines[2].Recoup);
        Assert.Equal(4, lines[2].LineNo);
        Assert.Equal(6, lines[3].LineNo); // the blank line is skipped but still counted
    }

    [Fact]
    public void Parse_QuotedCsv_UnquotesFieldsAndKeepsFormulaLikeTitlesVerbatim()
    {
        var lines = Parse(File.ReadAllText(TestFiles.Path("DistroKid/classic-quoted.csv")));

        Assert.Equal("Salt, Static & \"Noise\"", lines[0].Title);
        Assert.Equal("=cmd|calc", lines[1].Title);
        Assert.Equal(1_200_000, lines[1].Quantity);
    }

    [Fact]
    public void Parse_Windows1252_DecodesAccents()
    {
        using var stream = File.OpenRead(TestFiles.Path("DistroKid/windows-1252.tsv"));
        using var reader = TextEncodings.OpenReader(stream, TextEncodings.Windows1252);

        var line = Assert.Single(_handler.Parse(reader, Context)).Row!;

        Assert.Equal("Sólveig Árnadóttir", line.Artist);
    }

    [Fact]
    public void Parse_Windows1252AsUtf8_ThrowsSoThePipelineCanFallBack()
    {
        using var stream = File.OpenRead(TestFiles.Path("DistroKid/windows-1252.tsv"));
        using var reader = TextEncodings.OpenReader(stream, TextEncodings.Utf8);

        Assert.Throws<System.Text.DecoderFallbackException>(() => _handler.Parse(reader, Context).ToList());
    }

    [Theory]
    [InlineData(2, "expected 13 fields as in the header, found 14")]
    [InlineData(3, "Reporting Date '2024-13-04' is not YYYY-MM-DD")]
    [InlineData(4, "Sale Month 'Jan 2024' is not YYYY-MM")]
    [InlineData(5, "Quantity '1.5K' is not a whole number")]
    [InlineData(6, "Earnings '$4.30' is not a number")]
    [InlineData(7, "Country of Sale 'USA' is not a two-letter code")]
    [InlineData(8, "Earnings '0.00000000000001' has more than 12 decimal places")]
    [InlineData(9, "Store is empty")]
    [InlineData(10, "Team Percentage '140' is not a number from 0 to 100")]
    public void Parse_BrokenRows_AreRejectedWithTheReason(int lineNo, string reason)
    {
        var items = Parse(File.ReadAllText(TestFiles.Path("DistroKid/rejects.tsv")), keepRejects: true);

        var reject = Assert.Single(items.Rejects, r => r.LineNo == lineNo);
        Assert.Equal(reason, reject.Reason);
        Assert.Contains("First Song", reject.RawLine, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_BrokenRows_NeverBecomeZeroes()
    {
        var items = Parse(File.ReadAllText(TestFiles.Path("DistroKid/rejects.tsv")), keepRejects: true);

        Assert.Equal(9, items.Rejects.Count);
        Assert.Equal("Good Row", Assert.Single(items.Rows).Title);
    }

    [Fact]
    public void Parse_UnknownHeader_IsInvalidData()
    {
        Assert.Throws<InvalidDataException>(() => Parse("date,streams\n2026-01-01,3\n"));
    }

    private List<RoyaltyLine> Parse(string text) => Parse(text, keepRejects: false).Rows;

    private (List<RoyaltyLine> Rows, List<Ecosystem.DataLake.Manifest.RejectedRow> Rejects) Parse(string text, bool keepRejects)
    {
        var items = _handler.Parse(new StringReader(text), Context).ToList();
        if (!keepRejects)
        {
            Assert.All(items, item => Assert.Null(item.Reject));
        }

        return (items.Where(i => i.Row is not null).Select(i => i.Row!).ToList(), items.Where(i => i.Reject is not null).Select(i => i.Reject!).ToList());
    }

    private static HeaderSample Sample(string file)
    {
        var bytes = TestFiles.Bytes(file);
        return HeaderSample.FromBytes(bytes, isWholeFile: true);
    }
}
