namespace Ecosystem.DataLake.Datasets.RoyaltyLines;

/// <summary>
/// One statement line from a distributor (DistroKid, TooLost, SoundCloud/Repost, Bandcamp). Money is decimal with
/// its currency; negative amounts are corrections from the store and are kept as adjustments.
/// </summary>
public sealed class RoyaltyLine : ILakeRow
{
    public string Source { get; set; } = string.Empty;
    public DateOnly ReportingDate { get; set; }
    public DateOnly SaleMonth { get; set; }
    public string Store { get; set; } = string.Empty;
    public string Artist { get; set; } = string.Empty;
    public string Title { get; set; } = string.Empty;
    public string? Isrc { get; set; }
    public string? Upc { get; set; }
    public string ProductKind { get; set; } = string.Empty;
    public string? Country { get; set; }
    public long Quantity { get; set; }
    public string UnitKind { get; set; } = string.Empty;
    public decimal Amount { get; set; }
    public string Currency { get; set; } = string.Empty;
    public decimal? TeamPct { get; set; }
    public decimal? SongwriterWithheld { get; set; }
    public decimal? Recoup { get; set; }
    public DateOnly? DateInserted { get; set; }
    public bool IsAdjustment { get; set; }
    public long LineNo { get; set; }
    public int Occurrence { get; set; }
    public string SourceSha256 { get; set; } = string.Empty;
    public string RunId { get; set; } = string.Empty;
}
