namespace Ecosystem.DataLake.Datasets.FxRates;

/// <summary>One exchange rate the label keeps: how many US dollars one unit of a currency was worth on a day.</summary>
public sealed class FxRate : ILakeRow
{
    public string Source { get; set; } = string.Empty;
    public DateOnly Date { get; set; }
    public string Currency { get; set; } = string.Empty;
    public decimal UsdPerUnit { get; set; }
    public long LineNo { get; set; }
    public int Occurrence { get; set; }
    public string SourceSha256 { get; set; } = string.Empty;
    public string RunId { get; set; } = string.Empty;
}
