namespace Ecosystem.DataLake.Manifest;

public enum LakeObjectStatus
{
    Landed,
    Raw,
    Staged,
    Curated,
    Quarantined,

    /// <summary>A container (a ZIP download) whose entries have landed as files of their own; it goes no further.</summary>
    Unpacked,
}
