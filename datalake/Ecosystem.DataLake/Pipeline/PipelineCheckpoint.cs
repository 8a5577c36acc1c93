namespace Ecosystem.DataLake.Pipeline;

/// <summary>
/// Points between the steps of a file's way through the lake where a process can die. The crash-safety tests
/// stop the pipeline at each one in turn and check that a rerun ends in the state of an uninterrupted run.
/// </summary>
public enum PipelineCheckpoint
{
    /// <summary>Bytes are in landing under their final key; the manifest does not know them yet.</summary>
    LandedBeforeManifest,

    /// <summary>The raw copy exists; the manifest still says landed.</summary>
    RawCopiedBeforeManifest,

    /// <summary>Part of the staging Parquet file is written (mid-write).</summary>
    StagingParquetPartlyWritten,

    /// <summary>The staging object exists; the manifest still says raw.</summary>
    StagedBeforeManifest,

    /// <summary>The version a partition replaces is archived; the new version is not written yet.</summary>
    CuratedPreviousArchived,

    /// <summary>One curated partition is swapped; others of the same file are not.</summary>
    CuratedPartitionWritten,

    /// <summary>Every curated partition is written; the manifest commit has not happened.</summary>
    CuratedBeforeManifest,
}
