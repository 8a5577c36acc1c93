using Ecosystem.DataLake.Formats;
using Ecosystem.DataLake.Sources.Catalog;
using Ecosystem.DataLake.Tests.Fakes;

namespace Ecosystem.DataLake.Tests.Sources.Catalog;

public sealed class CatalogSheetHandlerTests
{
    private static readonly DateOnly Landed = new(2026, 11, 23);
    private readonly CatalogSheetHandler _handler = new();

    [Theory]
    [InlineData("Templates/catalog-rights.csv")]
    [InlineData("Catalog/catalog-quirks.csv")]
    public void TheShippedTemplateAndAReorderedCopy_AreDetected(string file) =>
        Assert.Equal(CatalogSheetHandler.FormatId, Registry.Detect(file));

    [Fact]
    public void Template_EveryLineIsATrackAndItsHolder_ATrackWithoutASplitHasNoHolder()
    {
        var rows = GoldenFiles.Rows(_handler, "Templates/catalog-rights.csv", landedOn: Landed);

        Assert.Equal(6, rows.Count);
        Assert.All(rows, r => Assert.Equal(Landed, r.AsOf));
        var glass = rows.Where(r => r.Isrc == "QZES22400001").ToList();
        Assert.Equal(100m, glass.Sum(r => r.SharePct));
        Assert.Equal((new DateOnly(2024, 3, 15), "album", "0196000000001"), (glass[0].ReleaseDate!.Value, glass[0].ReleaseType, glass[0].Upc));
        var unsplit = rows.Single(r => r.Title == "Late Bloom");
        Assert.Null(unsplit.RightsHolder);
        Assert.Null(unsplit.SharePct);
        Assert.Equal("Nova Reyes & Kai Moreno", rows.Single(r => r.RightsHolder == "Kai Moreno").Artist); // a collab keeps both names
    }

    [Fact]
    public void Quirks_NormalisedOrRejectedWithReasons_ButASplitUnder100IsKeptForTheQualityCheck()
    {
        var items = GoldenFiles.Parse(_handler, "Catalog/catalog-quirks.csv", landedOn: Landed);

        var rows = items.Where(i => i.Row is not null).Select(i => i.Row!).ToList();
        Assert.Equal(["QZES22400001", "QZES22400001", "QZES22400004"], rows.Select(r => r.Isrc));
        Assert.Equal(90m, rows.Where(r => r.Isrc == "QZES22400001").Sum(r => r.SharePct)); // 50% + 40: the warehouse flags it
        Assert.Equal("album", rows[0].ReleaseType);
        Assert.Equal(
            [
                "share_pct '120' is not a percentage from 0 to 100",
                "a rights holder needs a share, and a share needs a rights holder",
                "valid_to 2024-01-01 is before valid_from 2025-01-01",
                "ISRC 'QZES224' is not 12 letters and digits",
            ],
            items.Where(i => i.Reject is not null).Select(i => i.Reject!.Reason));
    }

    [Fact]
    public void AHeaderWithTheRightsColumnsButAnUnknownOne_IsAVariantNamingIt()
    {
        var sample = HeaderSample.FromBytes("artist,title,isrc,rights_holder,share_pct,territory\n"u8.ToArray(), isWholeFile: true);

        var match = _handler.Match(sample);

        Assert.Equal(FormatMatchKind.UnknownVariant, match.Kind);
        Assert.Contains("unexpected: territory", match.Reason, StringComparison.Ordinal);
    }
}
