using Ecosystem.DataLake.Formats.Text;
using Sylvan.Data.Csv;

namespace Ecosystem.DataLake.Tests.Formats;

/// <summary>
/// The unquoted TSV reader finds exactly the records, fields and raw lines Sylvan's reader finds with quoting off —
/// every line ending, blank lines, a last line without an end, quotes kept as text, lines longer than its buffer.
/// </summary>
public sealed class TsvRecordsTests
{
    [Theory]
    [InlineData("a\tb\n1\t2\n")]
    [InlineData("a\tb\r\n1\t2\r\n\r\n3\t4\r\n")]
    [InlineData("a\tb\r1\t2\r3\t4\r")]
    [InlineData("a\tb\n\n1\t2\n\n\n3\t4")]
    [InlineData("a\tb\r\r\n1\t\t\n\t\n")]
    [InlineData("\"Heroes\"\t\"x\ny\"\t\"\"\n")]
    [InlineData("")]
    [InlineData("\n")]
    [InlineData("one field")]
    public void Records_fields_and_raw_lines_are_the_ones_Sylvan_finds(string text)
    {
        Assert.Equal(WithSylvan(text), WithTsv(text));
    }

    [Fact]
    public void A_line_longer_than_the_buffer_is_one_record()
    {
        var text = $"{new string('x', 200_000)}\t{new string('y', 70_000)}\r\nshort\tline\r\n";

        Assert.Equal(WithSylvan(text, bufferSize: 1 << 19), WithTsv(text));
    }

    [Fact]
    public void A_crlf_split_across_reads_is_one_line_end()
    {
        // The first read ends between \r and \n: the reader must look at the next one before ending the line.
        var text = new string('a', (1 << 16) - 1) + "\r\nb\tc\n";

        var records = WithTsv(text);

        Assert.Equal(2, records.Count);
        Assert.Equal("b|c", records[1].Fields);
    }

    [Fact]
    public void Tabs_anywhere_in_lines_of_any_length_split_the_fields_as_Sylvan_splits_them()
    {
        // Tabs side by side, first and last, on and around every 16-character boundary the vectorised split crosses.
        var random = new Random(7);
        var text = new System.Text.StringBuilder();
        for (var line = 0; line < 2_000; line++)
        {
            var length = random.Next(0, 100);
            for (var i = 0; i < length; i++)
            {
                text.Append(random.Next(4) == 0 ? '\t' : (char)('a' + random.Next(26)));
            }

            text.Append(random.Next(3) == 0 ? "\r\n" : "\n");
        }

        var expected = WithSylvan(text.ToString());

        Assert.Equal(2_000, expected.Count);
        Assert.Equal(expected, WithTsv(text.ToString()));
    }

    private static List<(string Fields, string Raw, bool Blank)> WithTsv(string text)
    {
        var records = new TsvRecords(new StringReader(text));
        var found = new List<(string, string, bool)>();
        while (records.Read())
        {
            found.Add((Fields(records), records.Reject(1, "r").RawLine, records.IsBlank()));
        }

        return found;
    }

    private static List<(string Fields, string Raw, bool Blank)> WithSylvan(string text, int bufferSize = 1 << 16)
    {
        var options = new CsvDataReaderOptions { HasHeaders = false, Delimiter = '\t', CsvStyle = CsvStyle.Escaped, Escape = '\0', BufferSize = bufferSize };
        using var csv = CsvDataReader.Create(new StringReader(text), options);
        var records = new SylvanRecords(csv);
        var found = new List<(string, string, bool)>();
        while (records.Read())
        {
            found.Add((Fields(records), records.Reject(1, "r").RawLine, records.IsBlank()));
        }

        return found;
    }

    private static string Fields(ITextRecords records) =>
        string.Join("|", Enumerable.Range(0, records.RowFieldCount).Select(i => records.GetFieldSpan(i).ToString()));
}
