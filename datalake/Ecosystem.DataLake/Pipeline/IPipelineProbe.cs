namespace Ecosystem.DataLake.Pipeline;

/// <summary>Told each time the pipeline passes a checkpoint. Production uses <see cref="NoOpPipelineProbe"/>; tests crash here.</summary>
public interface IPipelineProbe
{
    void Reached(PipelineCheckpoint checkpoint);
}
