using Ecosystem.DataLake.Datasets.StreamDaily;

namespace Ecosystem.DataLake.Tests.Datasets;

public sealed class ColumnKeyTests
{
    private static readonly StreamDailyContract Contract = StreamDailyContract.Instance;

    [Fact]
    public void Identity_IgnoresValuesAndOccurrence_OrderBreaksTiesOnOccurrence()
    {
        var a = Day("Glass Harbor", 10, occurrence: 1);
        var b = Day("Glass Harbor", 99, occurrence: 2);

        Assert.True(Contract.Identity.Equals(a, b));
        Assert.Equal(Contract.Identity.GetHashCode(a), Contract.Identity.GetHashCode(b));
        Assert.True(Contract.Order.Compare(a, b) < 0);
    }

    [Fact]
    public void Order_IsOrdinalWithNullFirst_NeverCultural()
    {
        var rows = new List<StreamDay> { Day("b"), Day("Z"), Day(null), Day("a"), Day("É") };

        rows.Sort(Contract.Order);

        // Ordinal: upper case before lower case, accented letters after ASCII; a culture-aware sort would differ.
        Assert.Equal([null, "Z", "a", "b", "É"], rows.Select(r => r.Title));
    }

    [Fact]
    public void DifferentKeyValues_AreDifferentFacts()
    {
        Assert.False(Contract.Identity.Equals(Day("x"), Day("y")));
        Assert.False(Contract.Identity.Equals(Day("x"), Day(null)));
    }

    private static StreamDay Day(string? title, long streams = 1, int occurrence = 1) => new()
    {
        Source = "spotify_for_artists",
        Date = new DateOnly(2026, 8, 1),
        Platform = "Spotify",
        Granularity = StreamGranularity.Track,
        Title = title,
        Streams = streams,
        Occurrence = occurrence,
    };
}
