using Ecosystem.DataLake.Formats;
using Ecosystem.DataLake.Sources.Bandcamp;
using Ecosystem.DataLake.Sources.DistroKid;
using Ecosystem.DataLake.Sources.SoundCloud;
using Ecosystem.DataLake.Tests.Fakes;

namespace Ecosystem.DataLake.Tests.Sources.Bandcamp;

public sealed class BandcampSalesParserTests
{
    private const string Report = "Bandcamp/sales-report.csv";
    private const string Older = "Bandcamp/sales-report-2023.csv";
    private readonly BandcampSalesHandler _handler = new();

    [Theory]
    [InlineData(Report, "net-amount")]
    [InlineData(Older, "amount-you-received")]
    public void Match_Utf16ReportsByHeader(string file, string layout)
    {
        var sample = GoldenFiles.Sample(file);

        Assert.Equal(TextEncodings.Utf16Le, sample.Encoding);
        Assert.Equal(FormatMatch.Of(layout), _handler.Match(sample));
        Assert.Equal(FormatMatchKind.None, new DistroKidStatementHandler().Match(sample).Kind);
        Assert.Equal(FormatMatchKind.None, new SoundCloudStatementHandler().Match(sample).Kind);
    }

    [Fact]
    public void Match_AColumnBandcampNeverHad_IsAnUnknownVariantNamingIt()
    {
        var sample = HeaderSample.FromBytes("date,paid to,item type,item name,artist,currency,quantity,net amount,loyalty points\n"u8.ToArray(), isWholeFile: true);

        var match = _handler.Match(sample);

        Assert.Equal(FormatMatchKind.UnknownVariant, match.Kind);
        Assert.Contains("unexpected: loyalty points", match.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_SalesBecomeDirectRoyaltyLinesInTheirOwnCurrency()
    {
        var items = GoldenFiles.Parse(_handler, Report);
        var lines = items.Where(i => i.Row is not null).Select(i => i.Row!).ToList();

        Assert.Equal(5, lines.Count); // the payout row is not revenue; the trailing all-comma line is blank
        var album = lines[0];
        Assert.Equal(("bandcamp", "Bandcamp", "Nova Reyes", "Glass Harbor", "album", "download"), (album.Source, album.Store, album.Artist, album.Title, album.ProductKind, album.UnitKind));
        Assert.Equal((new DateOnly(2024, 1, 31), new DateOnly(2024, 1, 1)), (album.ReportingDate, album.SaleMonth)); // "1/31/24 3:14pm"
        Assert.Equal((8.53m, "USD", 1L, "US", "0196000000001"), (album.Amount, album.Currency, album.Quantity, album.Country, album.Upc));
        Assert.Null(album.Isrc);

        var track = lines[1];
        Assert.Equal((1.19m, "EUR", "FR", "QZES22400002"), (track.Amount, track.Currency, track.Country, track.Isrc));

        var vinyl = lines[2];
        Assert.Equal(("package", "physical", 2L, 46.10m, "GBP"), (vinyl.ProductKind, vinyl.UnitKind, vinyl.Quantity, vinyl.Amount, vinyl.Currency));

        var refund = lines[3];
        Assert.True(refund.IsAdjustment);
        Assert.Equal(-8.53m, refund.Amount);
        Assert.Equal("bundle", lines[4].ProductKind);
        Assert.Equal("CA", lines[4].Country);
    }

    [Fact]
    public void Parse_NoBuyerDataReachesARow()
    {
        var lines = GoldenFiles.Parse(_handler, Report).Where(i => i.Row is not null).Select(i => i.Row!).ToList();
        var every = lines.SelectMany(l => new[] { l.Artist, l.Title, l.Isrc, l.Upc, l.Country, l.Store, l.ProductKind, l.UnitKind }).OfType<string>().ToList();

        Assert.DoesNotContain(every, value => value.Contains('@', StringComparison.Ordinal));
        Assert.DoesNotContain(every, value => value.Contains("Jane", StringComparison.Ordinal) || value.Contains("High St", StringComparison.Ordinal));
    }

    [Fact]
    public void Parse_AnImpossibleDateIsRejectedWithItsReason()
    {
        var reject = Assert.Single(GoldenFiles.Parse(_handler, Report), i => i.Reject is not null).Reject!;

        Assert.Equal((8L, "date '2/30/24 8:15am' is not a M/d/yy date"), (reject.LineNo, reject.Reason));
    }

    [Fact]
    public void Parse_OlderReportWithoutNetAmount_UsesAmountYouReceived()
    {
        var line = Assert.Single(GoldenFiles.Rows(_handler, Older));

        Assert.Equal((5.10m, "AUD", 3L, new DateOnly(2023, 12, 24), "QZES22400001", "AU"), (line.Amount, line.Currency, line.Quantity, line.ReportingDate, line.Isrc, line.Country));
    }
}
