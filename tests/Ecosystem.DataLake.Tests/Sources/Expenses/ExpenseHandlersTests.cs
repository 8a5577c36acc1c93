using Ecosystem.DataLake.Sources.Expenses;
using Ecosystem.DataLake.Tests.Fakes;

namespace Ecosystem.DataLake.Tests.Sources.Expenses;

public sealed class ExpenseHandlersTests
{
    [Theory]
    [InlineData("Templates/expenses.csv", ExpenseSheetHandler.FormatId)]
    [InlineData("Expenses/capital-one.csv", CapitalOneCardHandler.FormatId)]
    public void BothExpenseFormats_AreDetected(string file, string format) => Assert.Equal(format, Registry.Detect(file));

    [Fact]
    public void Sheet_EachLineInItsOwnCurrency_RefundsNegative()
    {
        var rows = GoldenFiles.Rows(new ExpenseSheetHandler(), "Templates/expenses.csv");

        Assert.Equal([("USD", 180.00m), ("EUR", 95.50m), ("USD", 200.00m), ("USD", -29.99m)], rows.Select(r => (r.Currency, r.Amount)));
        Assert.Equal(("production", "4821"), (rows[0].Category, rows[0].Card));
        Assert.Null(rows[1].Card);
    }

    [Fact]
    public void CapitalOne_DebitsAreExpenses_PaymentsSkipped_OtherCreditsAreRefunds_RepeatedCoffeesBothKept()
    {
        var items = GoldenFiles.Parse(new CapitalOneCardHandler(), "Expenses/capital-one.csv");
        var rows = items.Where(i => i.Row is not null).Select(i => i.Row!).ToList();

        Assert.Equal([180.00m, 4.50m, 4.50m, -29.99m], rows.Select(r => r.Amount));
        Assert.All(rows, r => Assert.Equal(("USD", "4821"), (r.Currency, r.Card)));
        Assert.Equal("exactly one of Debit and Credit must have an amount", Assert.Single(items, i => i.Reject is not null).Reject!.Reason);
    }
}
