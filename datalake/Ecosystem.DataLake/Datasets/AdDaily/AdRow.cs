namespace Ecosystem.DataLake.Datasets.AdDaily;

/// <summary>
/// Delivery of one ad (or ad set, or campaign, as fine as the export goes) over a day or over a whole reporting
/// period (<see cref="Granularity"/>). Spend is decimal in <see cref="Currency"/>. Reach counts unique people, so it is
/// never summed over days or ads; period rows are never added to day rows.
/// </summary>
public sealed class AdRow : ILakeRow
{
    public string Source { get; set; } = string.Empty;
    public string Granularity { get; set; } = string.Empty;
    public DateOnly DateStart { get; set; }
    public DateOnly DateEnd { get; set; }
    public string? Account { get; set; }
    public string Campaign { get; set; } = string.Empty;
    public string? AdSet { get; set; }
    public string? Ad { get; set; }
    public string? Age { get; set; }
    public string? Gender { get; set; }
    public string Currency { get; set; } = string.Empty;
    public decimal? Spend { get; set; }
    public long? Impressions { get; set; }
    public long? Reach { get; set; }
    public long? Clicks { get; set; }
    public long? LinkClicks { get; set; }
    public long? Results { get; set; }
    public string? ResultIndicator { get; set; }
    public long LineNo { get; set; }
    public int Occurrence { get; set; }
    public string SourceSha256 { get; set; } = string.Empty;
    public string RunId { get; set; } = string.Empty;
}
