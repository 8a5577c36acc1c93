namespace Ecosystem.Warehouse.Exports;

/// <summary>
/// The filters every export takes: a date range on the table's date column, a source, a canonical artist, and the
/// SHA-256 of a landed file (fact tables only: the rows that file gave, as the lineage page links them).
/// </summary>
public sealed record ExportFilter(string? From = null, string? To = null, string? Source = null, string? Artist = null, string? File = null);
