namespace Ecosystem.DataLake.Datasets.RoyaltyLines;

/// <summary>
/// Which stores sell downloads, after DistroKid's own rule (help centre): only iTunes, Beatport, Amazon store
/// purchases, MediaNet and TIDAL downloads are sales; every other store's quantity is streams. A property of the
/// store, so every distributor's statement uses it. Stores are kept verbatim; this only sets the unit.
/// </summary>
public static class StoreUnitKinds
{
    public const string Stream = "stream";
    public const string Download = "download";

    public static string UnitKindOf(string store)
    {
        if (store.Equals("iTunes", StringComparison.OrdinalIgnoreCase) ||
            store.StartsWith("iTunes Store", StringComparison.OrdinalIgnoreCase) ||
            store.StartsWith("Beatport", StringComparison.OrdinalIgnoreCase) ||
            store.StartsWith("MediaNet", StringComparison.OrdinalIgnoreCase) ||
            store.Equals("Amazon", StringComparison.OrdinalIgnoreCase) ||
            store.Contains("Amazon (Download", StringComparison.OrdinalIgnoreCase) ||
            store.Contains("Amazon MP3", StringComparison.OrdinalIgnoreCase) ||
            (store.Contains("TIDAL", StringComparison.OrdinalIgnoreCase) && store.Contains("Download", StringComparison.OrdinalIgnoreCase)))
        {
            return Download;
        }

        return Stream;
    }
}
