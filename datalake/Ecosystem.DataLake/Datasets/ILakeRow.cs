namespace Ecosystem.DataLake.Datasets;

/// <summary>What every staged and curated row carries: where it came from and which run produced it.</summary>
public interface ILakeRow
{
    /// <summary>Source id (<c>distrokid</c>, …); constant per file, so staging keeps it in the file footer.</summary>
    string Source { get; set; }

    /// <summary>1-based line of the row in its source file.</summary>
    long LineNo { get; set; }

    /// <summary>Counts genuinely repeated identical rows within one file (1, 2, …), so both survive dedup.</summary>
    int Occurrence { get; set; }

    /// <summary>SHA-256 of the file the row came from; constant per file.</summary>
    string SourceSha256 { get; set; }

    /// <summary>The run that produced the row; constant per file.</summary>
    string RunId { get; set; }
}
