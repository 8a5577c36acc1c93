using Ecosystem.DataLake.Datasets;
using Ecosystem.DataLake.Formats;

namespace Ecosystem.DataLake.Tests.Fakes;

/// <summary>Runs a handler over a golden file the way the pipeline does: encoding sniffed from the bytes, then parsed.</summary>
internal static class GoldenFiles
{
    public static HeaderSample Sample(string file) => HeaderSample.FromBytes(TestFiles.Bytes(file), isWholeFile: true);

    public static List<ParsedRow<TRow>> Parse<TRow>(SourceHandler<TRow> handler, string file, string? originalName = null, DateOnly? landedOn = null)
        where TRow : class, ILakeRow
    {
        var encoding = Sample(file).Encoding ?? throw new InvalidOperationException($"{file} is not text.");
        using var stream = File.OpenRead(TestFiles.Path(file));
        using var reader = TextEncodings.OpenReader(stream, encoding);
        var context = new ParseContext(handler.Source, new string('c', 64), "run-1", originalName ?? Path.GetFileName(file)) { LandedOn = landedOn };
        return handler.Parse(reader, context).ToList();
    }

    /// <summary>The accepted rows; fails when any row was rejected.</summary>
    public static List<TRow> Rows<TRow>(SourceHandler<TRow> handler, string file, string? originalName = null, DateOnly? landedOn = null)
        where TRow : class, ILakeRow
    {
        var items = Parse(handler, file, originalName, landedOn);
        Assert.All(items, item => Assert.Null(item.Reject));
        return items.Select(item => item.Row!).ToList();
    }
}
