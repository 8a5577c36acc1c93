using Ecosystem.DataLake.Manifest;

namespace Ecosystem.DataLake.Formats;

/// <summary>A parser's output for one source row: a typed row, or a rejection with its reason.</summary>
public readonly record struct ParsedRow<TRow>(TRow? Row, RejectedRow? Reject)
    where TRow : class
{
    public static ParsedRow<TRow> Accepted(TRow row) => new(row, null);

    public static ParsedRow<TRow> Rejected(RejectedRow reject) => new(null, reject);
}
