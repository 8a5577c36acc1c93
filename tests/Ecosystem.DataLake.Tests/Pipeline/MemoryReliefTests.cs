using Ecosystem.DataLake.Pipeline;

namespace Ecosystem.DataLake.Tests.Pipeline;

/// <summary>The lake collects once a batch of merged rows is done with.</summary>
public sealed class MemoryReliefTests
{
    [Fact]
    public void A_full_collection_follows_every_hundred_thousand_merged_rows()
    {
        var relief = new MemoryRelief();
        var before = GC.CollectionCount(GC.MaxGeneration);

        relief.Merged(60_000);
        relief.Merged(40_000);

        Assert.True(GC.CollectionCount(GC.MaxGeneration) > before);
    }
}
