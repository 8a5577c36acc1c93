using Ecosystem.Dashboard.Pipeline;

namespace Ecosystem.Dashboard.Tests;

/// <summary>What the worker waits for before a run: dropped files, never the lake's own writes.</summary>
public sealed class LandingFolderTests : IDisposable
{
    private readonly string _landing = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "eco-landing-" + Guid.NewGuid().ToString("N"))).FullName;

    [Theory]
    [InlineData("statement.tsv", false)]
    [InlineData("exports/2026-11/statement.tsv", false)]
    [InlineData("distrokid/ingest_date=2026-11-23/0a1b2c3d4e5f6a7b_statement.tsv", true)]
    [InlineData("distrokid/ingest_date=2026-11-23", true)]
    [InlineData("_incoming/8d0f4c", true)]
    [InlineData(".statement.tsv.0f3e.tmp", true)]
    [InlineData("distrokid/.statement.tsv.meta.json", true)]
    public void The_lakes_own_writes_are_told_from_dropped_files(string path, bool lakeWrite) =>
        Assert.Equal(lakeWrite, LandingFolder.IsLakeWrite(path));

    [Fact]
    public void The_latest_write_is_that_of_the_newest_dropped_file_only()
    {
        Assert.Null(LandingFolder.LatestDroppedWrite(_landing));

        var old = Write("old.tsv", new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc));
        var nested = Write("team/new.tsv", new DateTime(2026, 2, 1, 0, 0, 0, DateTimeKind.Utc));
        Write("distrokid/ingest_date=2026-11-23/abc_x.tsv", new DateTime(2026, 3, 1, 0, 0, 0, DateTimeKind.Utc));
        Write(".hidden.tmp", new DateTime(2026, 4, 1, 0, 0, 0, DateTimeKind.Utc));

        Assert.Equal(new DateTimeOffset(2026, 2, 1, 0, 0, 0, TimeSpan.Zero), LandingFolder.LatestDroppedWrite(_landing));
        Assert.True(File.Exists(old) && File.Exists(nested));
    }

    public void Dispose() => Directory.Delete(_landing, recursive: true);

    private string Write(string relative, DateTime lastWriteUtc)
    {
        var path = Path.Combine(_landing, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, "x");
        File.SetLastWriteTimeUtc(path, lastWriteUtc);
        return path;
    }
}
