using Ecosystem.DataLake.Formats.Text;

namespace Ecosystem.DataLake.Tests.Formats;

/// <summary>
/// The pool hands back one instance per distinct value and never a wrong one: values that differ in one character,
/// in length only or in case, lengths around the eight-byte steps its hash reads, and enough values to make its table
/// grow many times.
/// </summary>
public sealed class StringPoolTests
{
    [Fact]
    public void Every_distinct_value_has_one_instance_holding_exactly_its_characters()
    {
        var pool = new StringPool();
        var values = new List<string>();
        for (var length = 1; length <= 40; length++)
        {
            values.Add(new string('a', length));
            values.Add(new string('a', length - 1) + "b");
            values.Add("b" + new string('a', length - 1));
            values.Add(new string('é', length));
        }

        values.AddRange(Enumerable.Range(0, 50_000).Select(i => $"QZES2{i:D7}"));
        values.AddRange(Enumerable.Range(0, 5_000).Select(i => $"Track {i} (Remix)"));
        values = values.Distinct(StringComparer.Ordinal).ToList();

        var first = values.Select(value => pool.Get(value.ToCharArray())).ToList();
        var second = values.Select(value => pool.Get(value.ToCharArray())).ToList();

        Assert.Equal(values, first);
        Assert.All(Enumerable.Range(0, values.Count), i => Assert.Same(first[i], second[i]));
        Assert.Equal(values.Count, first.Distinct(ReferenceEqualityComparer.Instance).Count());
    }

    [Fact]
    public void Empty_text_is_the_empty_string_and_text_over_256_characters_is_not_pooled()
    {
        var pool = new StringPool();
        var longText = new string('x', 257);

        Assert.Same(string.Empty, pool.Get([]));
        Assert.Null(pool.GetOptional([]));
        Assert.Equal(longText, pool.Get(longText));
        Assert.NotSame(pool.Get(longText), pool.Get(longText));
    }

    [Theory]
    [InlineData("qzes22500017", "QZES22500017")]
    [InlineData("QZES22500017", "QZES22500017")]
    [InlineData("ou", "OU")]
    [InlineData("ís", "ÍS")]
    public void Upper_case_values_are_pooled_in_upper_case(string text, string expected)
    {
        var pool = new StringPool();

        var upper = pool.GetUpperInvariant(text);

        Assert.Equal(expected, upper);
        Assert.Same(upper, pool.Get(expected));
    }

    [Theory]
    [InlineData("Song", "song")]
    [InlineData("album", "album")]
    [InlineData("ÁLBUM", "álbum")]
    public void Lower_case_values_are_pooled_in_lower_case(string text, string expected)
    {
        var pool = new StringPool();

        var lower = pool.GetLowerInvariant(text);

        Assert.Equal(expected, lower);
        Assert.Same(lower, pool.Get(expected));
    }
}
