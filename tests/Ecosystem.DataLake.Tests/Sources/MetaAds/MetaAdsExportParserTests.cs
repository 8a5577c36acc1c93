using Ecosystem.DataLake.Datasets.AdDaily;
using Ecosystem.DataLake.Formats;
using Ecosystem.DataLake.Sources.MetaAds;
using Ecosystem.DataLake.Tests.Fakes;

namespace Ecosystem.DataLake.Tests.Sources.MetaAds;

public sealed class MetaAdsExportParserTests
{
    private readonly MetaAdsExportHandler _handler = new();

    [Theory]
    [InlineData("MetaAds/ads-daily-en.csv", "en-period")]
    [InlineData("MetaAds/ads-fr.csv", "fr-daily")]
    [InlineData("MetaAds/ads-period.csv", "en-period")]
    public void Match_ByCampaignAndSpendWhateverThePreset(string file, string layout) =>
        Assert.Equal(FormatMatch.Of(layout), _handler.Match(GoldenFiles.Sample(file)));

    [Fact]
    public void Match_AnExportThatNamesNoCurrency_IsAVariantNeverAssumedUsd()
    {
        var match = _handler.Match(GoldenFiles.Sample("MetaAds/ads-no-currency.csv"));

        Assert.Equal(FormatMatchKind.UnknownVariant, match.Kind);
        Assert.Contains("names no currency", match.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void English_DailyRowsFromEqualReportingDates_SummaryRowSkipped_RatiosIgnored()
    {
        var items = GoldenFiles.Parse(_handler, "MetaAds/ads-daily-en.csv");
        var rows = items.Where(i => i.Row is not null).Select(i => i.Row!).ToList();

        Assert.Equal(3, rows.Count); // the summary row with no names is not a fact of its own
        var first = rows[0];
        Assert.Equal((AdGranularity.Day, new DateOnly(2026, 9, 28), new DateOnly(2026, 9, 28)), (first.Granularity, first.DateStart, first.DateEnd));
        Assert.Equal(("Single Launch", "Lookalike fans", "ad1-teaser", "USD"), (first.Campaign, first.AdSet, first.Ad, first.Currency));
        Assert.Equal((1018.40m, 26400L, 18000L, 480L, 480L), (first.Spend!.Value, first.Impressions!.Value, first.Reach!.Value, first.LinkClicks!.Value, first.Results!.Value));
        Assert.Equal("actions:link_click", first.ResultIndicator);
        Assert.Null(first.Clicks); // not in this preset: unknown, not zero
        var idle = rows[2];
        Assert.Equal("ad2-clip", idle.Ad);
        Assert.Null(idle.Spend); // Meta leaves a cell empty when nothing happened: no value, never a guess
        Assert.Null(idle.Impressions);
        var reject = Assert.Single(items, i => i.Reject is not null).Reject!;
        Assert.Equal((6L, "amount spent '$12.00' is not a number"), (reject.LineNo, reject.Reason));
    }

    [Fact]
    public void French_SemicolonsDayFirstSpaceThousandsAndDecimalCommas()
    {
        var rows = GoldenFiles.Rows(_handler, "MetaAds/ads-fr.csv");

        Assert.Equal([new DateOnly(2026, 9, 28), new DateOnly(2026, 9, 29)], rows.Select(r => r.DateStart));
        Assert.Equal((1234.56m, 26400L, 18000L, 480L, "EUR"), (rows[0].Spend!.Value, rows[0].Impressions!.Value, rows[0].Reach!.Value, rows[0].LinkClicks!.Value, rows[0].Currency));
        Assert.Equal((12.5m, 1000L), (rows[1].Spend!.Value, rows[1].Impressions!.Value));
        Assert.Equal(("Sortie single", "Fans similaires"), (rows[0].Campaign, rows[0].AdSet));
    }

    [Fact]
    public void PeriodTotals_StayApartFromDayRows_WithTheCurrencyColumn()
    {
        var rows = GoldenFiles.Rows(_handler, "MetaAds/ads-period.csv");

        var total = rows[0];
        Assert.Equal((AdGranularity.Period, new DateOnly(2026, 9, 1), new DateOnly(2026, 9, 30)), (total.Granularity, total.DateStart, total.DateEnd));
        Assert.Equal((5339.5m, "CAD", 120044L, 4211L), (total.Spend!.Value, total.Currency, total.Reach!.Value, total.Clicks!.Value));
        Assert.Equal(AdGranularity.Day, rows[1].Granularity);
    }

    [Theory]
    [InlineData("1,018.40", '.', "1018.40")]
    [InlineData("1 234,56", ',', "1234.56")]
    [InlineData("1.234,56", ',', "1234.56")]
    [InlineData("-7,800", '.', "-7800")]
    [InlineData("0,5", ',', "0.5")]
    public void LocalizedDecimal_Values(string text, char separator, string expected)
    {
        Assert.True(Ecosystem.DataLake.Formats.Text.LocalizedDecimal.TryParse(text, separator, out var value, out _));
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), value);
    }

    [Theory]
    [InlineData("1,018.40", ',')]
    [InlineData("12,34.5", '.')]
    [InlineData("1.2K", '.')]
    [InlineData("$12.00", '.')]
    [InlineData("12.", '.')]
    public void LocalizedDecimal_Invalid(string text, char separator) =>
        Assert.False(Ecosystem.DataLake.Formats.Text.LocalizedDecimal.TryParse(text, separator, out _, out _));
}
