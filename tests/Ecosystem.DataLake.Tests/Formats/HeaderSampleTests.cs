using System.Text;
using Ecosystem.DataLake.Formats;

namespace Ecosystem.DataLake.Tests.Formats;

public sealed class HeaderSampleTests
{
    [Theory]
    [InlineData(new byte[] { 0xEF, 0xBB, 0xBF, (byte)'a', (byte)',', (byte)'b' }, TextEncodings.Utf8Bom, "a,b")]
    [InlineData(new byte[] { 0xFF, 0xFE, (byte)'a', 0, (byte)',', 0, (byte)'b', 0 }, TextEncodings.Utf16Le, "a,b")]
    [InlineData(new byte[] { 0xFE, 0xFF, 0, (byte)'a', 0, (byte)',', 0, (byte)'b' }, TextEncodings.Utf16Be, "a,b")]
    [InlineData(new byte[] { (byte)'a', 0xC3, 0xB3, (byte)',', (byte)'b' }, TextEncodings.Utf8, "aó,b")]
    [InlineData(new byte[] { (byte)'a', 0xF3, (byte)',', (byte)'b' }, TextEncodings.Windows1252, "aó,b")]
    public void FromBytes_SniffsTheEncoding(byte[] bytes, string encoding, string firstLine)
    {
        var sample = HeaderSample.FromBytes(bytes, isWholeFile: true);

        Assert.Equal(encoding, sample.Encoding);
        Assert.Equal(firstLine, sample.Lines[0]);
    }

    [Fact]
    public void FromBytes_BinaryContent_IsNotReadableText()
    {
        var sample = HeaderSample.FromBytes(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D }, isWholeFile: true);

        Assert.False(sample.IsReadableText);
        Assert.Null(sample.Encoding);
    }

    [Fact]
    public void FromBytes_SampleEndingInsideAUtf8Sequence_IsStillUtf8()
    {
        var bytes = Encoding.UTF8.GetBytes("title\n" + new string('ó', 40));
        var cut = bytes.AsMemory(0, bytes.Length - 1); // the last 'ó' is cut in half

        Assert.Equal(TextEncodings.Utf8, HeaderSample.FromBytes(cut, isWholeFile: false).Encoding);
    }

    [Fact]
    public void FirstContentLineIndex_SkipsSepDirectiveAndBlankLines()
    {
        var sample = HeaderSample.FromBytes(Encoding.UTF8.GetBytes("sep=,\n\nDate,Views\n2026-01-01,3\n"), isWholeFile: true);

        Assert.Equal("Date,Views", sample.Lines[sample.FirstContentLineIndex()]);
    }

    [Theory]
    [InlineData("a\tb\tc", '\t')]
    [InlineData("a,b,c", ',')]
    [InlineData("a;b;c", ';')]
    [InlineData("\"a,1\";\"b,2\";c", ';')]
    public void SplitHeader_SniffsTheDelimiterOutsideQuotes(string line, char delimiter)
    {
        var (found, cells) = HeaderSample.SplitHeader(line);

        Assert.Equal(delimiter, found);
        Assert.Equal(3, cells.Count);
    }

    [Fact]
    public void Fingerprint_IgnoresCaseAndSurroundingSpaceButNotOrder()
    {
        var a = HeaderSample.Fingerprint(HeaderSample.SplitHeader("Date, Views ,Likes").Cells);
        var b = HeaderSample.Fingerprint(HeaderSample.SplitHeader("date,views,likes").Cells);
        var c = HeaderSample.Fingerprint(HeaderSample.SplitHeader("views,date,likes").Cells);

        Assert.Equal(a, b);
        Assert.NotEqual(a, c);
        Assert.Equal(16, a.Length);
    }
}
