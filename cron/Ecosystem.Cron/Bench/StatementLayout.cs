namespace Ecosystem.Cron.Bench;

/// <summary>The two DistroKid bank-statement header layouts (SOURCES.md §1a and §1b).</summary>
public enum StatementLayout
{
    /// <summary>15 columns: Date Inserted … Recoup (USD).</summary>
    Current,

    /// <summary>13 columns: Reporting Date … Earnings (USD).</summary>
    Classic,
}
