using System.IO.Compression;
using System.Text;

namespace Ecosystem.DataLake.Demo;

/// <summary>Writes demo export files byte for byte the way each platform delivers them (BOMs, line ends, UTF-16).</summary>
internal static class DemoFiles
{
    public static readonly Encoding Utf8NoBom = new UTF8Encoding(false);
    public static readonly Encoding Utf8Bom = new UTF8Encoding(true);

    public static string Write(string folder, string name, string text, Encoding encoding)
    {
        var path = Path.Combine(folder, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, [.. encoding.GetPreamble(), .. encoding.GetBytes(text)]);
        return path;
    }

    public static string Zip(string folder, string name, IEnumerable<(string Entry, string Text)> entries)
    {
        var path = Path.Combine(folder, name);
        using var stream = File.Create(path);
        using var archive = new ZipArchive(stream, ZipArchiveMode.Create);
        foreach (var (entry, text) in entries)
        {
            // Fixed timestamps: the same seed gives the same ZIP bytes, so a second `eco demo` is a duplicate.
            var item = archive.CreateEntry(entry, CompressionLevel.Optimal);
            item.LastWriteTime = new DateTimeOffset(2020, 1, 1, 0, 0, 0, TimeSpan.Zero);
            using var content = item.Open();
            content.Write([.. Utf8Bom.GetPreamble(), .. Utf8NoBom.GetBytes(text)]);
        }

        return path;
    }

    /// <summary>A CSV cell, quoted when it has to be.</summary>
    public static string Cell(string value) =>
        value.AsSpan().IndexOfAny(",\"\n\r") >= 0 ? $"\"{value.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : value;

    public static string Inv(FormattableString text) => FormattableString.Invariant(text);
}
