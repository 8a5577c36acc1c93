namespace Ecosystem.DataLake.Sources.SpotifyForArtists;

/// <summary>Ids shared by the Spotify for Artists exports (SOURCES.md §3).</summary>
public static class SpotifyForArtists
{
    public const string SourceId = "spotify_for_artists";
    public const string Platform = "Spotify";
}
