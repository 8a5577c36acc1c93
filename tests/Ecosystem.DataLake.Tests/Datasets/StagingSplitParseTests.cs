using System.Text;
using Ecosystem.DataLake.Datasets;
using Ecosystem.DataLake.Datasets.RoyaltyLines;
using Ecosystem.DataLake.Formats;
using Ecosystem.DataLake.Sources.DistroKid;

namespace Ecosystem.DataLake.Tests.Datasets;

/// <summary>
/// A statement cut at line ends and parsed on two cores stages exactly as one parser reading it whole: the same
/// staging bytes, rows, line numbers, rejects and row groups — whatever the line endings, blank lines, a preamble
/// before the header, a byte-order mark or Windows-1252 text — and a bad byte in a later block still fails the parse
/// the way the pipeline falls back on.
/// </summary>
public sealed class StagingSplitParseTests
{
    private static readonly ParseContext Context = new("distrokid", new string('a', 64), "run-1", "statement.tsv");
    private static readonly DistroKidStatementHandler Handler = new();

    [Theory]
    [InlineData(TextEncodings.Utf8, "\n")]
    [InlineData(TextEncodings.Utf8Bom, "\r\n")]
    [InlineData(TextEncodings.Windows1252, "\r")]
    public async Task Two_cores_stage_the_same_file_as_one(string encoding, string newline)
    {
        var bytes = Statement(encoding, newline, lines: 3_000);

        var (oneBytes, one) = await StageAsync(bytes, encoding, cores: 1);
        var (twoBytes, two) = await StageAsync(bytes, encoding, cores: 2);

        Assert.Equal(one.Rows, two.Rows);
        Assert.Equal(one.RejectedCount, two.RejectedCount);
        Assert.Equal(one.Rejects, two.Rejects);
        Assert.Equal(one.RowGroupsByPartition.Keys, two.RowGroupsByPartition.Keys);
        Assert.Equal(one.RowGroupsByPartition.Values.SelectMany(g => g), two.RowGroupsByPartition.Values.SelectMany(g => g));
        Assert.Equal(oneBytes, twoBytes);

        // Line numbers are the file's: the preamble is lines 1–2, the header line 3; every 97th line is broken.
        Assert.Equal(3_000 - 30 - 30, two.Rows); // 30 blank lines are no rows, 30 broken ones are rejected
        Assert.Equal(30, two.RejectedCount);
        Assert.All(two.Rejects, reject => Assert.Equal(0, (reject.LineNo - 3) % 97));
        Assert.Contains(two.Rejects, reject => reject.LineNo == 3 + (97 * 30));
        var rows = LakeParquetReader.ReadAll(RoyaltyLineContract.Instance, new MemoryStream(twoBytes), default);
        Assert.Equal(Enumerable.Range(1, 3_000).Select(i => 3L + i).Where(IsRowLine), rows.Select(r => r.LineNo).Order());
    }

    [Fact]
    public async Task A_bad_byte_in_a_later_block_fails_the_parse_as_bad_text()
    {
        var bytes = Statement(TextEncodings.Utf8, "\n", lines: 3_000);
        bytes[^200] = 0xFF; // not UTF-8, far past the header and the first blocks

        await Assert.ThrowsAsync<DecoderFallbackException>(() => StageAsync(bytes, TextEncodings.Utf8, cores: 2));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public async Task A_parser_that_fails_after_many_rows_fails_the_staging_never_a_partial_file(int cores)
    {
        // The parser runs ahead of the Parquet writer: its failure must still reach the caller, after the rows before it.
        static IEnumerable<ParsedRow<RoyaltyLine>> FailingParse(TextReader reader, ParseContext context, SpareRows<RoyaltyLine> spares)
        {
            for (var i = 0; i < 200_000; i++)
            {
                yield return ParsedRow<RoyaltyLine>.Accepted(new RoyaltyLine { SaleMonth = new DateOnly(2024, 1 + (i % 3), 1), Store = "Spotify", Artist = "A", Title = "T", ProductKind = "song", UnitKind = "stream", Currency = "USD", LineNo = i + 2 });
            }

            throw new InvalidDataException("line 200002 is not a statement line");
        }

        var writer = new StagingFileWriter<RoyaltyLine>(RoyaltyLineContract.Instance, FailingParse) { Cores = cores };
        using var output = new MemoryStream();

        var error = await Assert.ThrowsAsync<InvalidDataException>(() => writer.WriteAsync(new MemoryStream("x\n"u8.ToArray()), TextEncodings.Utf8, Context, output, default));
        Assert.Contains("200002", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public async Task Rows_handed_back_to_the_parser_carry_nothing_of_the_lines_they_were(int cores)
    {
        // Enough lines for the writer to hand written rows back many times over; every optional field is present on
        // some lines and missing on others, so a reused row keeping any value of its last line would show.
        var random = new Random(5);
        var text = new StringBuilder("Date Inserted\tReporting Date\tSale Month\tStore\tArtist\tTitle\tISRC\tUPC\tQuantity\tTeam Percentage\tSource Type\tCountry of Sale\tSongwriter Royalties Withheld (USD)\tEarnings (USD)\tRecoup (USD)\n");
        string Maybe(string value) => random.Next(3) == 0 ? string.Empty : value;
        for (var i = 0; i < 300_000; i++)
        {
            text.Append(FormattableString.Invariant(
                $"{Maybe("2026-05-06")}\t2026-05-0{1 + random.Next(5)}\t2026-0{1 + random.Next(4)}\t{(random.Next(2) == 0 ? "Spotify" : "iTunes")}\tNova Reyes\tSong {random.Next(300)}\t{Maybe($"QZES2260{random.Next(100):D4}")}\t{Maybe("0196000000004")}\t{random.Next(1_000)}\t{Maybe("50")}\t{(random.Next(4) == 0 ? "Album" : "Song")}\t{Maybe("IS")}\t{Maybe("0.25")}\t{random.Next(-100, 10_000) / 1000m}\t{Maybe("1.5")}\n"));
        }

        var statement = Encoding.UTF8.GetBytes(text.ToString());
        var fresh = new StagingFileWriter<RoyaltyLine>(RoyaltyLineContract.Instance, (reader, context, _) => Handler.Parse(reader, context), Handler.SplitsAtLineEnds) { Cores = cores, SplitBlockBytes = 64 * 1024 };
        using var freshOutput = new MemoryStream();
        var freshResult = await fresh.WriteAsync(new MemoryStream(statement), TextEncodings.Utf8, Context, freshOutput, default);

        var (reusedBytes, reused) = await StageAsync(statement, TextEncodings.Utf8, cores, splitBlockBytes: 64 * 1024);

        Assert.Equal(300_000, reused.Rows);
        Assert.Equal(freshResult.Rows, reused.Rows);
        Assert.Equal(freshOutput.ToArray(), reusedBytes);
    }

    [Theory]
    [InlineData("\n", true)]
    [InlineData("\r\n", true)]
    [InlineData("\r", false)]
    public void A_file_is_cut_only_where_its_lines_end_in_a_line_feed(string newline, bool cut)
    {
        var head = Statement(TextEncodings.Utf8, newline, lines: 10);

        var header = TextLineBlocks.FindHeader(head, TextEncodings.Utf8);

        Assert.Equal(cut, header is not null);
        Assert.True(header is null || header.Value.Text.StartsWith("Reporting Date\t", StringComparison.Ordinal));
    }

    [Fact]
    public void Only_the_unquoted_tsv_is_cut_at_line_ends()
    {
        Assert.True(Handler.SplitsAtLineEnds("Reporting Date\tSale Month\tStore\tArtist\tTitle"));
        Assert.False(Handler.SplitsAtLineEnds("Reporting Date,Sale Month,Store,Artist,Title"));
    }

    private static bool IsRowLine(long lineNo) => (lineNo - 3) % 97 != 0 && (lineNo - 3) % 100 != 0;

    private static async Task<(byte[] Bytes, StagingFileResult Result)> StageAsync(byte[] statement, string encoding, int cores, int splitBlockBytes = 4_096)
    {
        var writer = new StagingFileWriter<RoyaltyLine>(RoyaltyLineContract.Instance, Handler.Parse, Handler.SplitsAtLineEnds) { Cores = cores, SplitBlockBytes = splitBlockBytes };
        using var output = new MemoryStream();
        var result = await writer.WriteAsync(new MemoryStream(statement), encoding, Context, output, default);
        return (output.ToArray(), result);
    }

    /// <summary>
    /// A preamble, the header, then <paramref name="lines"/> lines over three sale months: every 100th blank, every
    /// 97th with a broken date, titles with quotes and accents.
    /// </summary>
    private static byte[] Statement(string encoding, string newline, int lines)
    {
        var text = new StringBuilder();
        text.Append("sep=\t").Append(newline).Append(newline);
        text.Append("Reporting Date\tSale Month\tStore\tArtist\tTitle\tISRC\tUPC\tQuantity\tTeam Percentage\tSong/Album\tCountry of Sale\tSongwriter Royalties Withheld (USD)\tEarnings (USD)").Append(newline);
        for (var i = 1; i <= lines; i++)
        {
            var lineNo = 3 + i;
            if ((lineNo - 3) % 100 == 0)
            {
                text.Append(newline);
                continue;
            }

            var date = (lineNo - 3) % 97 == 0 ? "2024-13-45" : "2024-03-04";
            text.Append(FormattableString.Invariant(
                $"{date}\t2024-0{1 + (i % 3)}\tSpotify\tSólveig Árnadóttir\t\"Heroes\" {i % 50}\tQZTES24{i % 50:D5}\t0196000000001\t{i}\t100\tSong\tUS\t0\t0.{i:D6}")).Append(newline);
        }

        var encoded = TextEncodings.Get(encoding).GetBytes(text.ToString());
        return encoding == TextEncodings.Utf8Bom ? [0xEF, 0xBB, 0xBF, .. encoded] : encoded;
    }
}
