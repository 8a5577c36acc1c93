namespace Ecosystem.DataLake.Datasets;

/// <summary>What every staged and curated row carries: where it came from and which run produced it.</summary>
public interface ILakeRow
{
    /// <summary>1-based line of the row in its source file.</summary>
    long LineNo { get; set; }

    /// <summary>Counts genuinely repeated identical rows within one file (1, 2, …), so both survive dedup.</summary>
    int Occurrence { get; set; }

    string SourceSha256 { get; set; }

    string RunId { get; set; }
}
