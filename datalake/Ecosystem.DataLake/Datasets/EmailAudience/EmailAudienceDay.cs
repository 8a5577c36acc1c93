namespace Ecosystem.DataLake.Datasets.EmailAudience;

/// <summary>
/// A count about an e-mail audience on one day, in long form (<see cref="Metric"/>): how many people opted in,
/// unsubscribed or were cleaned that day, and how many members the list had on the day it was exported. Only counts:
/// no address, name or other personal data of a member ever reaches this dataset.
/// </summary>
public sealed class EmailAudienceDay : ILakeRow
{
    public string Source { get; set; } = string.Empty;
    public string? Audience { get; set; }
    public DateOnly Date { get; set; }
    public string Metric { get; set; } = string.Empty;
    public long Value { get; set; }
    public long LineNo { get; set; }
    public int Occurrence { get; set; }
    public string SourceSha256 { get; set; } = string.Empty;
    public string RunId { get; set; } = string.Empty;
}
