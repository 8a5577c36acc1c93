namespace Ecosystem.DataLake.Datasets.AudienceBreakdowns;

/// <summary>
/// How an audience splits on one dimension as of a day: followers by gender or territory (shares from 0 to 1), or
/// active followers by hour of a day (counts). Snapshots: a newer export of the same day and dimension replaces it.
/// </summary>
public sealed class AudienceBreakdown : ILakeRow
{
    public string Source { get; set; } = string.Empty;
    public string Platform { get; set; } = string.Empty;
    public string? Account { get; set; }
    public DateOnly AsOf { get; set; }

    /// <summary><c>gender</c>, <c>territory</c> or <c>active_hour</c>.</summary>
    public string Dimension { get; set; } = string.Empty;
    public string Key { get; set; } = string.Empty;

    /// <summary><c>share</c> (a fraction from 0 to 1) or <c>count</c>.</summary>
    public string Unit { get; set; } = string.Empty;
    public decimal Value { get; set; }
    public long LineNo { get; set; }
    public int Occurrence { get; set; }
    public string SourceSha256 { get; set; } = string.Empty;
    public string RunId { get; set; } = string.Empty;
}
