using Ecosystem.DataLake.Manifest;
using Sylvan.Data.Csv;

namespace Ecosystem.DataLake.Formats.Text;

/// <summary>Record-level helpers the CSV parsers share.</summary>
public static class CsvRecords
{
    /// <summary>True for an empty line or a line of empty fields (trailing all-comma lines appear in real exports).</summary>
    public static bool IsBlank(CsvDataReader csv)
    {
        for (var i = 0; i < csv.RowFieldCount; i++)
        {
            if (!csv.GetFieldSpan(i).Trim().IsEmpty)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A rejection carrying the record's raw text.</summary>
    public static RejectedRow Reject(CsvDataReader csv, long lineNo, string reason) =>
        RejectedRow.Of(lineNo, reason, csv.GetRawRecordSpan().TrimEnd("\r\n"));

    /// <summary>True for a two-letter country code (ISO 3166 alpha-2 shape, plus DistroKid's "OU").</summary>
    public static bool IsCountryCode(ReadOnlySpan<char> value) =>
        value.Length == 2 && char.IsAsciiLetter(value[0]) && char.IsAsciiLetter(value[1]);

    /// <summary>Three ASCII letters (ISO 4217 shape); case is the caller's to normalise.</summary>
    public static bool IsCurrencyCode(ReadOnlySpan<char> value) =>
        value.Length == 3 && char.IsAsciiLetter(value[0]) && char.IsAsciiLetter(value[1]) && char.IsAsciiLetter(value[2]);
}
