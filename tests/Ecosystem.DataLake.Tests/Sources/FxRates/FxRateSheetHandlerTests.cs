using Ecosystem.DataLake.Sources.FxRates;
using Ecosystem.DataLake.Tests.Fakes;

namespace Ecosystem.DataLake.Tests.Sources.FxRates;

public sealed class FxRateSheetHandlerTests
{
    [Theory]
    [InlineData("Templates/fx-rates.csv")]
    [InlineData("FxRates/rates-quirks.csv")]
    public void TheRateSheet_IsDetected(string file) => Assert.Equal(FxRateSheetHandler.FormatId, Registry.Detect(file));

    [Fact]
    public void Template_RatesPerCurrencyAndDay()
    {
        var rows = GoldenFiles.Rows(new FxRateSheetHandler(), "Templates/fx-rates.csv");

        Assert.Equal(
            [(new DateOnly(2026, 8, 3), "EUR", 1.0912m), (new DateOnly(2026, 8, 3), "GBP", 1.2745m), (new DateOnly(2026, 8, 4), "EUR", 1.0897m)],
            rows.Select(r => (r.Date, r.Currency, r.UsdPerUnit)));
    }

    [Fact]
    public void Quirks_CodesUppercased_BadRatesAndDatesRejectedWithTheirReason_NeverGuessed()
    {
        var items = GoldenFiles.Parse(new FxRateSheetHandler(), "FxRates/rates-quirks.csv");

        Assert.Equal([("EUR", 1.0912m), ("USD", 1m)], items.Where(i => i.Row is not null).Select(i => (i.Row!.Currency, i.Row.UsdPerUnit)));
        Assert.Equal(
            [
                "usd_per_unit 0 is not a positive rate",
                "currency 'EURO' is not a three-letter code",
                "a USD rate is always 1, not 1.01",
                "usd_per_unit '0,0068' is not a number",
                "date '08/06/2026' is not a YYYY-MM-DD date",
            ],
            items.Where(i => i.Reject is not null).Select(i => i.Reject!.Reason));
    }
}
