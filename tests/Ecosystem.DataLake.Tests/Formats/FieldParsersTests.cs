using Ecosystem.DataLake.Formats.Text;

namespace Ecosystem.DataLake.Tests.Formats;

public sealed class FieldParsersTests
{
    [Theory]
    [InlineData("0.007483664425", "0.007483664425")]
    [InlineData("-0.4125", "-0.4125")]
    [InlineData("+12", "12")]
    [InlineData("1.2E-05", "0.000012")]
    [InlineData(" 4.5 ", "4.5")]
    [InlineData("999999.999999999999", "999999.999999999999")]
    [InlineData("0.100000000000000000", "0.1")]
    [InlineData("-999999.999999999999", "-999999.999999999999")]
    [InlineData("999999.9999999999990", "999999.999999999999")]
    [InlineData("0000999999.5", "999999.5")]
    public void TryParseDecimal_AcceptsPlainInvariantNumbers(string text, string expected)
    {
        Assert.True(FieldParsers.TryParseDecimal(text, out var value, out var problem), problem);
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), value);
    }

    [Theory]
    [InlineData("", "is not a number")]
    [InlineData("1,234.5", "is not a number")]
    [InlineData("NaN", "is not a number")]
    [InlineData("-", "is not a number")]
    [InlineData("1.2.3", "is not a number")]
    [InlineData("0.0000000000001", "has more than 12 decimal places")]
    [InlineData("1000000", "is larger than 999,999.999999999999, the most a statement row can hold")]
    [InlineData("-1000000.000000000000", "is larger than 999,999.999999999999, the most a statement row can hold")]
    [InlineData("1000000.5", "is larger than 999,999.999999999999, the most a statement row can hold")]
    [InlineData("0001000000", "is larger than 999,999.999999999999, the most a statement row can hold")]
    public void TryParseDecimal_RejectsWhatItCannotKeepExactly(string text, string problem)
    {
        Assert.False(FieldParsers.TryParseDecimal(text, out _, out var found));
        Assert.Equal(problem, found);
    }

    [Theory]
    [InlineData("2024-02-29", true)]
    [InlineData("2023-02-29", false)]
    [InlineData("2024-1-05", false)]
    [InlineData("05/01/2024", false)]
    public void TryParseIsoDate_IsStrict(string text, bool ok) => Assert.Equal(ok, FieldParsers.TryParseIsoDate(text, out _));

    [Theory]
    [InlineData("2024-01", 2024, 1)]
    [InlineData("2024-12-17", 2024, 12)]
    public void TryParseYearMonth_GivesTheFirstOfTheMonth(string text, int year, int month)
    {
        Assert.True(FieldParsers.TryParseYearMonth(text, out var value));
        Assert.Equal(new DateOnly(year, month, 1), value);
    }
}
