namespace Ecosystem.Dashboard.Pipeline;

/// <summary>
/// The sources whose exports sit behind a portal login, where to sign in, and how old their data may get before the
/// Pipeline page asks for a fresh export. Sources that are sheets the label keeps (catalog, expenses, fx rates) or
/// public APIs are not here.
/// </summary>
public static class PortalSources
{
    public sealed record Portal(string Source, string Name, string SignInUrl, int StaleAfterDays);

    public static IReadOnlyList<Portal> All { get; } =
    [
        new("distrokid", "DistroKid (bank statement, stats)", "https://distrokid.com/bank/", 45),
        new("toolost", "TooLost (statements, analytics)", "https://toolost.com/user-portal/analytics/platform", 45),
        new("soundcloud", "SoundCloud for Artists (statement)", "https://soundcloud.com/", 45),
        new("bandcamp", "Bandcamp (sales report)", "https://bandcamp.com/", 45),
        new("spotify_for_artists", "Spotify for Artists", "https://artists.spotify.com", 7),
        new("apple_music", "Apple Music for Artists", "https://artists.apple.com", 7),
        new("tiktok", "TikTok Studio", "https://www.tiktok.com/tiktokstudio/analytics", 7),
        new("instagram", "Instagram professional dashboard", "https://www.instagram.com/", 7),
        new("youtube", "YouTube Studio", "https://studio.youtube.com/", 7),
        new("meta_ads", "Meta Ads Manager", "https://adsmanager.facebook.com/", 7),
        new("mailchimp", "Mailchimp (campaign reports)", "https://mailchimp.com/", 30),
        new("linktree", "Linktree (analytics)", "https://linktr.ee/admin/analytics", 7),
    ];
}
