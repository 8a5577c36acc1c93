using Ecosystem.DataLake.Manifest;
using Sylvan.Data.Csv;

namespace Ecosystem.DataLake.Formats.Text;

/// <summary>The records Sylvan's CSV reader finds (RFC 4180 quoting).</summary>
public sealed class SylvanRecords(CsvDataReader csv) : ITextRecords
{
    public int RowFieldCount => csv.RowFieldCount;

    public bool Read() => csv.Read();

    public ReadOnlySpan<char> GetFieldSpan(int index) => csv.GetFieldSpan(index);

    public bool IsBlank() => CsvRecords.IsBlank(csv);

    public RejectedRow Reject(long lineNo, string reason) => CsvRecords.Reject(csv, lineNo, reason);
}
