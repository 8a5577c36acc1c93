namespace Ecosystem.DataLake.Zones;

public static class ZoneNames
{
    public static IReadOnlyList<Zone> All { get; } = Enum.GetValues<Zone>();

    public static string FolderName(this Zone zone) => zone switch
    {
        Zone.Landing => "landing",
        Zone.Raw => "raw",
        Zone.Staging => "staging",
        Zone.Curated => "curated",
        Zone.Archive => "archive",
        Zone.Quarantine => "quarantine",
        Zone.Exports => "exports",
        _ => throw new ArgumentOutOfRangeException(nameof(zone), zone, "Unknown zone"),
    };
}
