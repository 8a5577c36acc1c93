using Ecosystem.DataLake.Manifest;

namespace Ecosystem.DataLake.Formats.Text;

/// <summary>
/// The records of a delimited text, one at a time, as a parser reads them: <see cref="SylvanRecords"/> for CSV (quoted
/// fields may span lines), <see cref="TsvRecords"/> for a TSV that is never quoted (a line is a record).
/// </summary>
public interface ITextRecords
{
    /// <summary>Moves to the next record; false at the end of the text.</summary>
    bool Read();

    int RowFieldCount { get; }

    ReadOnlySpan<char> GetFieldSpan(int index);

    /// <summary>True for an empty line or a line of empty fields (trailing all-comma lines appear in real exports).</summary>
    bool IsBlank();

    /// <summary>A rejection carrying the record's raw text.</summary>
    RejectedRow Reject(long lineNo, string reason);
}
