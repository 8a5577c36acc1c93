namespace Ecosystem.DataLake.Manifest;

public enum LakeObjectStatus
{
    Landed,
    Raw,
    Staged,
    Curated,
    Quarantined,
}
