using Ecosystem.DataLake.Pipeline;

namespace Ecosystem.DataLake.Tests.Pipeline;

/// <summary>The lake collects once a batch of merged rows is done with; Arrow allocates from the C library.</summary>
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

    [Fact]
    public void Arrow_allocates_from_the_C_library_once_a_lake_process_has_started()
    {
        // Set at process start (ProcessStart here, Program in eco and the dashboard); jemalloc, Arrow's default,
        // would keep what ParquetSharp's Arrow file writer frees resident.
        var pool = ParquetSharp.MemoryPool.GetDefaultMemoryPool();
        Assert.Equal("system", pool.BackendName);
    }
}
