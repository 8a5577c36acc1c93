namespace Ecosystem.DataLake.Pipeline;

/// <summary>
/// Thrown by a probe to stop the pipeline on the spot, as if the process had been killed: no step catches it,
/// so nothing is cleaned up or recorded. Only crash-safety tests throw it.
/// </summary>
public sealed class PipelineHaltException : Exception
{
    public PipelineHaltException()
    {
    }

    public PipelineHaltException(string message)
        : base(message)
    {
    }

    public PipelineHaltException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
