using Ecosystem.DataLake.Formats;
using Ecosystem.DataLake.Sources.TooLost;
using Ecosystem.DataLake.Tests.Fakes;

namespace Ecosystem.DataLake.Tests.Sources.TooLost;

public sealed class TooLostSalesHandlerTests
{
    private readonly TooLostSalesHandler _handler = new();

    [Fact]
    public void Detected_WithTheUndocumentedTailColumnsAllowed() => Assert.Equal(TooLostSalesHandler.FormatId, Registry.Detect("TooLost/sales-report.csv"));

    [Fact]
    public void AReportWithoutANetColumn_IsQuarantinedRatherThanGrossPassedOffAsEarnings()
    {
        var match = _handler.Match(GoldenFiles.Sample("TooLost/sales-report-no-net.csv"));

        Assert.Equal(FormatMatchKind.UnknownVariant, match.Kind);
        Assert.Contains("no net earnings column", match.Reason, StringComparison.Ordinal);
        Assert.Contains("payee_email", match.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_PerRowCurrencyTheSaleDatesMonthAndTheStoresUnit()
    {
        var items = GoldenFiles.Parse(_handler, "TooLost/sales-report.csv");
        var lines = items.Where(i => i.Row is not null).Select(i => i.Row!).ToList();

        var spotify = lines[0];
        Assert.Equal(("toolost", "Spotify", "Glass Harbor", "QZES22400001", "US", 1523L, 5.21m, "USD"), (spotify.Source, spotify.Store, spotify.Title, spotify.Isrc, spotify.Country, spotify.Quantity, spotify.Amount, spotify.Currency));
        Assert.Equal((new DateOnly(2026, 6, 1), new DateOnly(2026, 8, 15), 100m, "stream"), (spotify.SaleMonth, spotify.ReportingDate, spotify.TeamPct!.Value, spotify.UnitKind));
        Assert.Equal((0.155m, "EUR", 50m), (lines[1].Amount, lines[1].Currency, lines[1].TeamPct!.Value));
        Assert.Equal(("release", "download", "GBP", (string?)null), (lines[2].ProductKind, lines[2].UnitKind, lines[2].Currency, lines[2].Isrc));
        Assert.True(lines[3].IsAdjustment);
        Assert.Equal("country 'USA' is not a two-letter code", Assert.Single(items, i => i.Reject is not null).Reject!.Reason);
    }
}
