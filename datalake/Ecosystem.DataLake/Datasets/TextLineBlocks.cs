using System.Buffers;
using System.Runtime.CompilerServices;
using Ecosystem.DataLake.Formats;

namespace Ecosystem.DataLake.Datasets;

/// <summary>
/// Cuts a text file's bytes into blocks that end at a line end, so that the blocks can be parsed on several cores at
/// once. Only for encodings in which a line-feed byte is always a line feed (UTF-8, Windows-1252) and for formats
/// whose records never span lines (an unquoted TSV): the format decides from its header line. Every block after the
/// first starts with a copy of the header line, so the format's parser reads each block as a whole file; a block's
/// lines are counted the way the parsers count records (<c>\n</c>, <c>\r\n</c> and a lone <c>\r</c> each end one),
/// which gives the offset that turns a block's line numbers into the file's.
/// </summary>
internal static class TextLineBlocks
{
    /// <summary>The first bytes read to find the header line; a file no longer than this is parsed in one piece.</summary>
    public const int HeadBytes = 64 * 1024;

    private static ReadOnlySpan<byte> Utf8Bom => [0xEF, 0xBB, 0xBF];

    public static bool CanSplit(string encoding) => encoding is TextEncodings.Utf8 or TextEncodings.Utf8Bom or TextEncodings.Windows1252;

    /// <summary>Up to <see cref="HeadBytes"/> + 1 bytes from the start of <paramref name="raw"/> (one more tells the file is longer).</summary>
    public static async Task<ReadOnlyMemory<byte>> ReadHeadAsync(Stream raw, CancellationToken cancellationToken)
    {
        var head = new byte[HeadBytes + 1];
        var filled = 0;
        int read;
        while (filled < head.Length && (read = await raw.ReadAsync(head.AsMemory(filled), cancellationToken)) > 0)
        {
            filled += read;
        }

        return head.AsMemory(0, filled);
    }

    /// <summary>
    /// The first complete line of <paramref name="head"/> that is neither blank nor a <c>sep=</c> directive (the
    /// parsers' header rule): its text, and its bytes ending in a line feed. Null when the head holds none, and when
    /// that line ends in a lone carriage return: a file of such lines has no line feed to be cut at, and one parser
    /// reading it keeps memory bounded where a block would grow to the whole file. Invalid bytes for the encoding
    /// throw, as the parse would.
    /// </summary>
    public static (string Text, byte[] Bytes)? FindHeader(ReadOnlySpan<byte> head, string encoding)
    {
        if (head.StartsWith(Utf8Bom))
        {
            head = head[Utf8Bom.Length..];
        }

        var decoder = TextEncodings.Get(encoding);
        while (true)
        {
            var end = head.IndexOfAny((byte)'\r', (byte)'\n');
            if (end < 0)
            {
                return null;
            }

            var text = decoder.GetString(head[..end]);
            var terminator = head[end..].StartsWith("\r\n"u8) ? 2 : 1;
            var trimmed = text.Trim();
            if (trimmed.Length > 0 && !trimmed.StartsWith("sep=", StringComparison.OrdinalIgnoreCase))
            {
                var loneCarriageReturn = head[end] == (byte)'\r' && terminator == 1;
                return loneCarriageReturn ? null : (text, [.. head[..end], (byte)'\n']);
            }

            head = head[(end + terminator)..];
        }
    }

    /// <summary>The lines the bytes end, as the parsers count them.</summary>
    public static long CountLines(ReadOnlySpan<byte> bytes) =>
        bytes.Count((byte)'\n') + bytes.Count((byte)'\r') - bytes.Count("\r\n"u8);

    /// <summary>
    /// The file (<paramref name="head"/>, then the rest of <paramref name="raw"/>) in blocks of about
    /// <paramref name="blockBytes"/> ending at a line feed (the last one at the end of the file). Each block's buffer
    /// is rented from the shared pool; whoever parses it gives it back with <see cref="LineBlock.Return"/>.
    /// </summary>
    public static async IAsyncEnumerable<LineBlock> ReadAsync(
        ReadOnlyMemory<byte> head, Stream raw, byte[] header, int blockBytes, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var carry = head.ToArray();
        long linesBefore = 0;
        var eof = false;
        for (var sequence = 0; !eof; sequence++)
        {
            var prefix = sequence == 0 ? [] : header;
            var buffer = ArrayPool<byte>.Shared.Rent(Math.Max(blockBytes, prefix.Length + (carry.Length * 2)));
            prefix.CopyTo(buffer, 0);
            carry.CopyTo(buffer, prefix.Length);
            var filled = prefix.Length + carry.Length;
            int cut;
            while (true)
            {
                while (!eof && filled < buffer.Length)
                {
                    var read = await raw.ReadAsync(buffer.AsMemory(filled), cancellationToken);
                    eof = read == 0;
                    filled += read;
                }

                cut = eof ? filled : buffer.AsSpan(prefix.Length, filled - prefix.Length).LastIndexOf((byte)'\n') + prefix.Length + 1;
                if (cut > prefix.Length || eof)
                {
                    break;
                }

                // One line longer than the block: a bigger buffer.
                var larger = ArrayPool<byte>.Shared.Rent(buffer.Length * 2);
                buffer.AsSpan(0, filled).CopyTo(larger);
                ArrayPool<byte>.Shared.Return(buffer);
                buffer = larger;
            }

            if (sequence > 0 && cut == prefix.Length)
            {
                ArrayPool<byte>.Shared.Return(buffer); // the file ended with the previous block
                yield break;
            }

            carry = buffer.AsSpan(cut, filled - cut).ToArray();
            var lines = CountLines(buffer.AsSpan(prefix.Length, cut - prefix.Length));
            yield return new LineBlock(buffer, cut, prefix.Length, linesBefore);
            linesBefore += lines;
        }
    }
}

/// <summary>
/// One block of a text file: <see cref="Length"/> bytes of <see cref="Buffer"/>, the first <see cref="PrefixLength"/>
/// of them a copy of the header line; <see cref="LinesBefore"/> lines of the file come before its own.
/// </summary>
internal readonly record struct LineBlock(byte[] Buffer, int Length, int PrefixLength, long LinesBefore)
{
    /// <summary>What to add to a line number the parser gives in this block to make it the file's.</summary>
    public long LineOffset => PrefixLength == 0 ? 0 : LinesBefore - 1;

    public void Return() => ArrayPool<byte>.Shared.Return(Buffer);
}
