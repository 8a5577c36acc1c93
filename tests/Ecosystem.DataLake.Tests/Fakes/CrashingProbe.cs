using Ecosystem.DataLake.Pipeline;

namespace Ecosystem.DataLake.Tests.Fakes;

/// <summary>Kills the pipeline (as a dying process would) the first time it passes one checkpoint while armed.</summary>
internal sealed class CrashingProbe(PipelineCheckpoint target, bool armed) : IPipelineProbe
{
    private bool _armed = armed;

    public bool Crashed { get; private set; }

    public void Arm() => _armed = !Crashed;

    public void Reached(PipelineCheckpoint checkpoint)
    {
        if (_armed && checkpoint == target)
        {
            _armed = false;
            Crashed = true;
            throw new PipelineHaltException($"Simulated crash at {checkpoint}");
        }
    }
}
