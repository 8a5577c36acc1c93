using System.IO.Compression;

namespace Ecosystem.DataLake.Containers;

/// <summary>
/// ZIP downloads (TikTok Studio tabs, Mailchimp audience exports, YouTube Studio): recognised by their signature,
/// checked against limits before anything is extracted, and listed entry by entry. Office documents (XLSX, DOCX) are
/// ZIPs too, but their parts are not exports: they are refused with a sentence saying to download CSV.
/// </summary>
public static class ZipContainer
{
    public const string Format = "container.zip";

    /// <summary>At most this many files in one ZIP.</summary>
    public const int MaxEntries = 1_000;

    /// <summary>At most this many bytes once expanded, for one entry and for the whole ZIP.</summary>
    public const long MaxExpandedBytes = 4L << 30;

    /// <summary>An entry that expands more than this many times its compressed size is refused (a ZIP bomb).</summary>
    public const long MaxRatio = 200;

    public static bool IsZip(ReadOnlySpan<byte> head) =>
        head.StartsWith((ReadOnlySpan<byte>)[0x50, 0x4B, 0x03, 0x04]) || head.StartsWith((ReadOnlySpan<byte>)[0x50, 0x4B, 0x05, 0x06]);

    /// <summary>The entries worth landing (files, not folders, not macOS resource forks or hidden files), or the reason the ZIP is refused.</summary>
    public static (IReadOnlyList<ZipArchiveEntry>? Entries, string? Problem) Inspect(ZipArchive archive)
    {
        var names = archive.Entries.Select(entry => entry.FullName).ToHashSet(StringComparer.Ordinal);
        if (names.Contains("[Content_Types].xml") && (names.Contains("xl/workbook.xml") || names.Contains("word/document.xml") || names.Contains("ppt/presentation.xml")))
        {
            return (null, "an Office document (XLSX/DOCX), not a ZIP of exports: download the CSV variant of the export instead");
        }

        var entries = archive.Entries.Where(IsExportFile).ToList();
        if (entries.Count > MaxEntries)
        {
            return (null, $"{entries.Count} files, more than the {MaxEntries} a ZIP may hold");
        }

        long total = 0;
        foreach (var entry in entries)
        {
            total += entry.Length;
            if (entry.Length > MaxExpandedBytes || total > MaxExpandedBytes)
            {
                return (null, $"expands to more than {MaxExpandedBytes >> 30} GiB");
            }

            if (entry.Length > (1 << 20) && entry.Length > MaxRatio * Math.Max(1, entry.CompressedLength))
            {
                return (null, $"'{entry.FullName}' expands {entry.Length / Math.Max(1, entry.CompressedLength)} times its size: refused as a ZIP bomb");
            }
        }

        return entries.Count == 0 ? (null, "the ZIP holds no files") : (entries, null);
    }

    private static bool IsExportFile(ZipArchiveEntry entry)
    {
        if (entry.FullName.EndsWith('/') || entry.Name.Length == 0)
        {
            return false;
        }

        return !entry.FullName.StartsWith("__MACOSX/", StringComparison.Ordinal) && !entry.Name.StartsWith('.');
    }
}
