namespace Ecosystem.DataLake.Manifest;

public enum PipelineRunStatus
{
    Running,
    Ok,
    Partial,
    Failed,
    Aborted,
}
