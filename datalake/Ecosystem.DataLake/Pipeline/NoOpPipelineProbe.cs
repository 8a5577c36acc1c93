namespace Ecosystem.DataLake.Pipeline;

public sealed class NoOpPipelineProbe : IPipelineProbe
{
    public static NoOpPipelineProbe Instance { get; } = new();

    public void Reached(PipelineCheckpoint checkpoint)
    {
    }
}
