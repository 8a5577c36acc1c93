using Ecosystem.DataLake.Formats.Text;

namespace Ecosystem.DataLake.Tests.Formats;

public sealed class CountAndDateParsersTests
{
    [Theory]
    [InlineData("0", 0L)]
    [InlineData("1234", 1234L)]
    [InlineData("18,400", 18400L)]
    [InlineData("1 234 567", 1234567L)]
    [InlineData("1\u00A0234", 1234L)]
    [InlineData("1\u202F234", 1234L)]
    [InlineData("1.234", 1234L)]
    [InlineData("1'234", 1234L)]
    [InlineData("-6", -6L)]
    [InlineData(" 42 ", 42L)]
    public void Count_Values(string text, long expected)
    {
        Assert.Equal(CountParser.Result.Value, CountParser.TryParse(text, out var count));
        Assert.Equal(expected, count);
    }

    [Theory]
    [InlineData("")]
    [InlineData("-")]
    [InlineData("n/a")]
    [InlineData("undefined")]
    [InlineData("NaN")]
    public void Count_Missing(string text) => Assert.Equal(CountParser.Result.Missing, CountParser.TryParse(text, out _));

    [Theory]
    [InlineData("1.2K")]
    [InlineData("1.5")]
    [InlineData("12,34")]
    [InlineData("1,234.5")]
    [InlineData("1,234 567")]
    [InlineData(",123")]
    [InlineData("1234,567")]
    [InlineData("12%")]
    [InlineData("99999999999999999999")]
    public void Count_Invalid(string text) => Assert.Equal(CountParser.Result.Invalid, CountParser.TryParse(text, out _));

    [Theory]
    [InlineData("2026-01-31", DayMonthOrder.MonthFirst, 2026, 1, 31)]
    [InlineData("2026-01-31T00:00:00", DayMonthOrder.DayFirst, 2026, 1, 31)]
    [InlineData("1/31/24 3:14pm", DayMonthOrder.MonthFirst, 2024, 1, 31)]
    [InlineData("12/1/2026", DayMonthOrder.MonthFirst, 2026, 12, 1)]
    [InlineData("12/1/2026", DayMonthOrder.DayFirst, 2026, 1, 12)]
    [InlineData("31.01.2026", DayMonthOrder.DayFirst, 2026, 1, 31)]
    [InlineData("29/02/2024", DayMonthOrder.DayFirst, 2024, 2, 29)]
    public void Date_Values(string text, DayMonthOrder order, int year, int month, int day)
    {
        Assert.True(DateParsers.TryParseDate(text, order, out var date));
        Assert.Equal(new DateOnly(year, month, day), date);
    }

    [Theory]
    [InlineData("31/01/2026", DayMonthOrder.MonthFirst)]
    [InlineData("29/02/2026", DayMonthOrder.DayFirst)]
    [InlineData("1/2", DayMonthOrder.DayFirst)]
    [InlineData("1/2/202", DayMonthOrder.DayFirst)]
    [InlineData("1/2-2026", DayMonthOrder.DayFirst)]
    [InlineData("August 31", DayMonthOrder.MonthFirst)]
    [InlineData("", DayMonthOrder.MonthFirst)]
    public void Date_Invalid(string text, DayMonthOrder order) => Assert.False(DateParsers.TryParseDate(text, order, out _));
}
