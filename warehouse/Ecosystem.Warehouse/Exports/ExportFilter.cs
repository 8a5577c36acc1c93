namespace Ecosystem.Warehouse.Exports;

/// <summary>The filters every export takes: a date range on the table's date column, a source, a canonical artist.</summary>
public sealed record ExportFilter(string? From = null, string? To = null, string? Source = null, string? Artist = null);
