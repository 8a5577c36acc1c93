namespace Ecosystem.DataLake.Datasets.Expenses;

/// <summary>
/// One business expense (a card transaction or a line of the expense sheet): positive amounts are money spent,
/// negative ones refunds. Payments to the card are not expenses and never reach this dataset.
/// </summary>
public sealed class Expense : ILakeRow
{
    public string Source { get; set; } = string.Empty;
    public DateOnly Date { get; set; }
    public string Description { get; set; } = string.Empty;
    public decimal Amount { get; set; }
    public string Currency { get; set; } = string.Empty;
    public string? Category { get; set; }

    /// <summary>The card's last four digits, when the export names the card.</summary>
    public string? Card { get; set; }
    public long LineNo { get; set; }
    public int Occurrence { get; set; }
    public string SourceSha256 { get; set; } = string.Empty;
    public string RunId { get; set; } = string.Empty;
}
