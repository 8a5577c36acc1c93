using Ecosystem.DataLake.Formats;

namespace Ecosystem.DataLake.Tests.Formats;

/// <summary>Written rows go back to the parsers, each row to one parser at a time, and none is lost at a block's end.</summary>
public sealed class SpareRowsTests
{
    [Fact]
    public void Rows_a_parser_took_and_did_not_use_go_to_the_next_parser()
    {
        var spares = new SpareRows<object>(4096);
        var written = Enumerable.Range(0, 2048).Select(_ => new object()).ToArray();
        spares.Return(written);

        var first = spares.Take();
        var used = Enumerable.Range(0, 10).Select(_ => first.Next()!).ToList();
        first.ReturnUnused();
        var second = spares.Take();
        var rest = new List<object>();
        while (second.Next() is { } row)
        {
            rest.Add(row);
        }

        Assert.Equal(2048 - 10, rest.Count);
        Assert.Empty(rest.Intersect(used, ReferenceEqualityComparer.Instance));
        Assert.Equal(written.ToHashSet(ReferenceEqualityComparer.Instance), used.Concat(rest).ToHashSet(ReferenceEqualityComparer.Instance));
    }

    [Fact]
    public void No_more_rows_wait_than_the_limit()
    {
        var spares = new SpareRows<object>(2048);
        spares.Return(Enumerable.Range(0, 10_000).Select(_ => new object()).ToArray());

        var taker = spares.Take();
        var count = 0;
        while (taker.Next() is not null)
        {
            count++;
        }

        Assert.Equal(2048, count);
    }
}
