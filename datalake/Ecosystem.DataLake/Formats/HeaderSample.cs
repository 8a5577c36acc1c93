using System.Security.Cryptography;
using System.Text;
using System.Text.Unicode;

namespace Ecosystem.DataLake.Formats;

/// <summary>
/// The first bytes of a landed file, decoded: encoding sniffed from the byte-order mark (UTF-8 → Windows-1252
/// fallback without one), the first lines, and the header fingerprint detection works on.
/// </summary>
public sealed class HeaderSample
{
    public const int SampleBytes = 64 * 1024;
    private const int MaxLines = 64;

    private HeaderSample(ReadOnlyMemory<byte> bytes, bool isWholeFile, string? encoding, string text)
    {
        Bytes = bytes;
        IsWholeFile = isWholeFile;
        Encoding = encoding;
        Text = text;
        Lines = SplitLines(text, isWholeFile);
    }

    public ReadOnlyMemory<byte> Bytes { get; }

    public bool IsWholeFile { get; }

    /// <summary>One of <see cref="TextEncodings"/>, or null when the bytes are not readable text.</summary>
    public string? Encoding { get; }

    public bool IsEmpty => Bytes.Length == 0 || (Encoding is not null && string.IsNullOrWhiteSpace(Text) && IsWholeFile);

    public bool IsReadableText => Encoding is not null;

    public string Text { get; }

    /// <summary>The first complete lines (a line cut by the end of the sample is left out).</summary>
    public IReadOnlyList<string> Lines { get; }

    public static async Task<HeaderSample> ReadAsync(Stream stream, CancellationToken cancellationToken)
    {
        var buffer = new byte[SampleBytes + 1];
        var filled = 0;
        while (filled < buffer.Length)
        {
            var read = await stream.ReadAsync(buffer.AsMemory(filled), cancellationToken);
            if (read == 0)
            {
                break;
            }

            filled += read;
        }

        var isWholeFile = filled <= SampleBytes;
        return FromBytes(buffer.AsMemory(0, Math.Min(filled, SampleBytes)), isWholeFile);
    }

    public static HeaderSample FromBytes(ReadOnlyMemory<byte> bytes, bool isWholeFile)
    {
        var span = bytes.Span;
        string? encoding;
        string text;
        if (span.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            encoding = TextEncodings.Utf8Bom;
            text = DecodeLenient(TextEncodings.Utf8, span[3..]);
        }
        else if (span.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            encoding = TextEncodings.Utf16Le;
            text = DecodeLenient(TextEncodings.Utf16Le, span[2..(2 + ((span.Length - 2) & ~1))]);
        }
        else if (span.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            encoding = TextEncodings.Utf16Be;
            text = DecodeLenient(TextEncodings.Utf16Be, span[2..(2 + ((span.Length - 2) & ~1))]);
        }
        else if (Utf8.IsValid(TrimIncompleteUtf8(span, isWholeFile)))
        {
            encoding = TextEncodings.Utf8;
            text = DecodeLenient(TextEncodings.Utf8, span);
        }
        else
        {
            encoding = TextEncodings.Windows1252;
            text = DecodeLenient(TextEncodings.Windows1252, span);
        }

        if (LooksBinary(text))
        {
            encoding = null;
        }

        return new HeaderSample(bytes, isWholeFile, encoding, text);
    }

    /// <summary>The first line that is not a <c>sep=</c> directive or blank.</summary>
    public int FirstContentLineIndex()
    {
        for (var i = 0; i < Lines.Count; i++)
        {
            var line = Lines[i].Trim();
            if (line.Length > 0 && !line.StartsWith("sep=", StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Splits a header line on the most frequent of tab, comma and semicolon (outside quotes).</summary>
    public static (char Delimiter, IReadOnlyList<string> Cells) SplitHeader(string line)
    {
        var delimiter = SniffDelimiter(line);
        var cells = new List<string>();
        var current = new StringBuilder();
        var quoted = false;
        foreach (var c in line)
        {
            if (c == '"')
            {
                quoted = !quoted;
            }
            else if (c == delimiter && !quoted)
            {
                cells.Add(NormalizeCell(current.ToString()));
                current.Clear();
            }
            else
            {
                current.Append(c);
            }
        }

        cells.Add(NormalizeCell(current.ToString()));
        return (delimiter, cells);
    }

    /// <summary>A short, stable id of a header: SHA-256 over the normalized, '|'-joined cells (first 16 hex digits).</summary>
    public static string Fingerprint(IReadOnlyList<string> cells)
    {
        var joined = string.Join('|', cells.Select(cell => cell.ToLowerInvariant()));
        return Convert.ToHexStringLower(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(joined)))[..16];
    }

    public static char SniffDelimiter(string line)
    {
        int tabs = 0, commas = 0, semicolons = 0;
        var quoted = false;
        foreach (var c in line)
        {
            switch (c)
            {
                case '"': quoted = !quoted; break;
                case '\t' when !quoted: tabs++; break;
                case ',' when !quoted: commas++; break;
                case ';' when !quoted: semicolons++; break;
            }
        }

        if (tabs >= commas && tabs >= semicolons && tabs > 0)
        {
            return '\t';
        }

        return semicolons > commas ? ';' : ',';
    }

    private static string NormalizeCell(string cell) => cell.Trim().Trim('\uFEFF').Trim();

    private static string DecodeLenient(string encodingName, ReadOnlySpan<byte> bytes)
    {
        var encoding = (System.Text.Encoding)TextEncodings.Get(encodingName).Clone();
        encoding.DecoderFallback = DecoderFallback.ReplacementFallback;
        return encoding.GetString(bytes);
    }

    private static ReadOnlySpan<byte> TrimIncompleteUtf8(ReadOnlySpan<byte> span, bool isWholeFile)
    {
        if (isWholeFile)
        {
            return span;
        }

        // The sample may end inside a multi-byte sequence: drop up to 3 trailing continuation/lead bytes.
        var end = span.Length;
        for (var i = 0; i < 3 && end > 0 && (span[end - 1] & 0x80) != 0; i++)
        {
            end--;
            if ((span[end] & 0xC0) == 0xC0)
            {
                break;
            }
        }

        return span[..end];
    }

    private static bool LooksBinary(string text)
    {
        var control = 0;
        foreach (var c in text)
        {
            if (c == '\0')
            {
                return true;
            }

            if (char.IsControl(c) && c is not '\t' and not '\r' and not '\n' and not '\f')
            {
                control++;
            }
        }

        return text.Length > 0 && control > text.Length / 100;
    }

    private static List<string> SplitLines(string text, bool isWholeFile)
    {
        var lines = new List<string>();
        var start = 0;
        for (var i = 0; i < text.Length && lines.Count < MaxLines; i++)
        {
            if (text[i] == '\n')
            {
                lines.Add(text[start..i].TrimEnd('\r'));
                start = i + 1;
            }
        }

        if (isWholeFile && start < text.Length && lines.Count < MaxLines)
        {
            lines.Add(text[start..].TrimEnd('\r'));
        }

        return lines;
    }
}
