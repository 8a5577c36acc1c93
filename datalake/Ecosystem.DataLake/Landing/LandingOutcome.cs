namespace Ecosystem.DataLake.Landing;

public enum LandingOutcome
{
    /// <summary>New bytes: recorded in the manifest and waiting for promotion.</summary>
    Landed,

    /// <summary>Bytes the lake already holds (any name, any time): recorded as a duplicate, promoted no further.</summary>
    Duplicate,
}
