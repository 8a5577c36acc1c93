namespace Ecosystem.DataLake.Pipeline;

public enum StepOutcome
{
    /// <summary>The file moved on to the next zone.</summary>
    Advanced,

    /// <summary>The file failed a gate and is in quarantine with its reason.</summary>
    Quarantined,

    /// <summary>The file was a container: its entries landed as files of their own and it goes no further.</summary>
    Unpacked,
}
