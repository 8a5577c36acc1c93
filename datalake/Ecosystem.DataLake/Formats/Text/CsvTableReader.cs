using Sylvan.Data.Csv;

namespace Ecosystem.DataLake.Formats.Text;

/// <summary>
/// Opens a delimited table whose header may come after a <c>sep=</c> line, a title line or preamble rows: the
/// header is the first line (within a few leading lines) the format's predicate accepts; the body is
/// read record by record with Sylvan (RFC 4180 quoting, the header's own delimiter).
/// </summary>
public static class CsvTableReader
{
    /// <summary>
    /// Reads lines until the header; returns its cells, its delimiter and the 1-based line number of the header, or
    /// null when no line within the limit is a header.
    /// </summary>
    public static CsvTableHeader? ReadHeader(TextReader reader, Func<IReadOnlyList<string>, bool> isHeader, int maxLeadingLines)
    {
        for (long lineNo = 1; lineNo <= maxLeadingLines + 1; lineNo++)
        {
            var line = reader.ReadLine();
            if (line is null)
            {
                return null;
            }

            var (delimiter, cells) = HeaderSample.SplitHeader(line);
            if (isHeader(cells))
            {
                return new CsvTableHeader(cells, delimiter, lineNo);
            }
        }

        return null;
    }

    /// <summary>A sample's header (its first line that is not <c>sep=</c> or blank) through a format's aliases, or null when it has none.</summary>
    public static HeaderMap? FirstHeader(HeaderSample sample, HeaderAliases aliases)
    {
        var first = sample.FirstContentLineIndex();
        return first < 0 ? null : HeaderMap.Read(HeaderSample.SplitHeader(sample.Lines[first]).Cells, aliases);
    }

    /// <summary>
    /// The records after the header, each with its 1-based line number in the file; blank records (no line, or only
    /// empty fields, as trailing all-comma lines are) are skipped. The record is the reader itself, positioned on it.
    /// </summary>
    public static IEnumerable<(CsvDataReader Record, long LineNo)> Records(TextReader reader, CsvTableHeader header)
    {
        var lineNo = header.LineNo;
        using var csv = OpenBody(reader, header.Delimiter);
        while (csv.Read())
        {
            lineNo++;
            if (!CsvRecords.IsBlank(csv))
            {
                yield return (csv, lineNo);
            }
        }
    }

    /// <summary>The records after the header; the caller disposes the reader.</summary>
    public static CsvDataReader OpenBody(TextReader reader, char delimiter) =>
        CsvDataReader.Create(reader, new CsvDataReaderOptions
        {
            HasHeaders = false,
            Delimiter = delimiter,
            CsvStyle = CsvStyle.Standard,
            BufferSize = 1 << 16,
            OwnsReader = false,
        });

    /// <summary>The trimmed text of field <paramref name="index"/>, or empty when the column is absent (-1) or the row is short.</summary>
    public static ReadOnlySpan<char> Field(CsvDataReader csv, int index) =>
        index >= 0 && index < csv.RowFieldCount ? csv.GetFieldSpan(index).Trim() : [];
}

/// <summary>A table header found by <see cref="CsvTableReader.ReadHeader"/>.</summary>
public sealed record CsvTableHeader(IReadOnlyList<string> Cells, char Delimiter, long LineNo);
