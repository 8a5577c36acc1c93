using Ecosystem.DataLake.Formats.Text;

namespace Ecosystem.DataLake.Sources.SpotifyForArtists;

/// <summary>
/// Columns of the audience timeline (SOURCES.md §3a), by name: the 2020-era layout
/// <c>date,listeners,streams,followers</c> and the current ones with <c>monthly listeners</c>,
/// <c>monthly active listeners</c>, optional <c>super listeners</c>, <c>playlist adds</c> and <c>saves</c>.
/// Every metric but the signature is optional.
/// </summary>
internal static class SpotifyAudienceColumns
{
    public const string Date = "date";
    public const string Listeners = "listeners";
    public const string MonthlyListeners = "monthly listeners";
    public const string MonthlyActiveListeners = "monthly active listeners";
    public const string SuperListeners = "super listeners";
    public const string Streams = "streams";
    public const string PlaylistAdds = "playlist adds";
    public const string Saves = "saves";
    public const string Followers = "followers";

    public static HeaderAliases Aliases { get; } = new HeaderAliases()
        .Add(Date, "en", Date)
        .Add(Listeners, "en", Listeners)
        .Add(MonthlyListeners, "en", MonthlyListeners)
        .Add(MonthlyActiveListeners, "en", MonthlyActiveListeners)
        .Add(SuperListeners, "en", SuperListeners)
        .Add(Streams, "en", Streams)
        .Add(PlaylistAdds, "en", PlaylistAdds)
        .Add(Saves, "en", Saves)
        .Add(Followers, "en", Followers);

    /// <summary>A header with these is an audience timeline, whatever else it has.</summary>
    public static IReadOnlyList<string> Signature { get; } = [Date, Listeners, Followers];

    /// <summary>Every layout seen has these.</summary>
    public static IReadOnlyList<string> Required { get; } = [Date, Listeners, Streams, Followers];
}
