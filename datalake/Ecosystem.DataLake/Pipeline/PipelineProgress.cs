namespace Ecosystem.DataLake.Pipeline;

/// <summary>Progress through a run's files, for a terminal progress bar.</summary>
public sealed record PipelineProgress(int FileIndex, int FileCount, string FileName, string Step);
