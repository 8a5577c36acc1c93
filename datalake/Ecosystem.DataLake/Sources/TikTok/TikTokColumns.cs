using Ecosystem.DataLake.Datasets.SocialDaily;
using Ecosystem.DataLake.Formats.Text;

namespace Ecosystem.DataLake.Sources.TikTok;

/// <summary>
/// Header names of TikTok Studio's daily files (SOURCES.md §7) in the UI languages: English (verified), Portuguese
/// (verified: <c>Data,Visualizações de vídeo,…</c>), and the Studio's French, Spanish and German wording. Each
/// canonical column is a <see cref="SocialMetrics"/> name, plus <see cref="Date"/>.
/// </summary>
internal static class TikTokColumns
{
    public const string SourceId = "tiktok";
    public const string Platform = "TikTok";
    public const string Date = "date";

    public static HeaderAliases Aliases { get; } = new HeaderAliases()
        .Add(Date, "en", "Date").Add(Date, "pt", "Data").Add(Date, "fr", "Date").Add(Date, "es", "Fecha").Add(Date, "de", "Datum")
        .Add(SocialMetrics.Views, "en", "Video Views").Add(SocialMetrics.Views, "pt", "Visualizações de vídeo")
        .Add(SocialMetrics.Views, "fr", "Vues de vidéos").Add(SocialMetrics.Views, "es", "Visualizaciones de videos").Add(SocialMetrics.Views, "de", "Videoaufrufe")
        .Add(SocialMetrics.ProfileViews, "en", "Profile Views").Add(SocialMetrics.ProfileViews, "pt", "Visualizações do perfil")
        .Add(SocialMetrics.ProfileViews, "fr", "Vues du profil").Add(SocialMetrics.ProfileViews, "es", "Visualizaciones del perfil").Add(SocialMetrics.ProfileViews, "de", "Profilaufrufe")
        .Add(SocialMetrics.Likes, "en", "Likes").Add(SocialMetrics.Likes, "pt", "Curtidas").Add(SocialMetrics.Likes, "fr", "J'aime", "Mentions J'aime")
        .Add(SocialMetrics.Likes, "es", "Me gusta").Add(SocialMetrics.Likes, "de", "Likes", "Gefällt mir")
        .Add(SocialMetrics.Comments, "en", "Comments").Add(SocialMetrics.Comments, "pt", "Comentários").Add(SocialMetrics.Comments, "fr", "Commentaires")
        .Add(SocialMetrics.Comments, "es", "Comentarios").Add(SocialMetrics.Comments, "de", "Kommentare")
        .Add(SocialMetrics.Shares, "en", "Shares").Add(SocialMetrics.Shares, "pt", "Compartilhamentos").Add(SocialMetrics.Shares, "fr", "Partages")
        .Add(SocialMetrics.Shares, "es", "Veces compartido", "Compartidos").Add(SocialMetrics.Shares, "de", "Geteilt", "Shares")
        .Add(SocialMetrics.Followers, "en", "Followers").Add(SocialMetrics.Followers, "pt", "Seguidores").Add(SocialMetrics.Followers, "fr", "Abonnés")
        .Add(SocialMetrics.Followers, "es", "Seguidores").Add(SocialMetrics.Followers, "de", "Follower")
        .Add(SocialMetrics.FollowersDelta, "en", "Difference in followers from previous day", "Net followers")
        .Add(SocialMetrics.FollowersDelta, "pt", "Diferença de seguidores em relação ao dia anterior")
        .Add(SocialMetrics.FollowersDelta, "fr", "Différence d'abonnés par rapport à la veille")
        .Add(SocialMetrics.FollowersDelta, "es", "Diferencia de seguidores respecto al día anterior")
        .Add(SocialMetrics.FollowersDelta, "de", "Unterschied bei Followern zum Vortag")
        .Add(SocialMetrics.Viewers, "en", "Total Viewers").Add(SocialMetrics.Viewers, "pt", "Total de espectadores")
        .Add(SocialMetrics.Viewers, "fr", "Total des spectateurs").Add(SocialMetrics.Viewers, "es", "Espectadores totales").Add(SocialMetrics.Viewers, "de", "Zuschauer gesamt")
        .Add(SocialMetrics.NewViewers, "en", "New Viewers").Add(SocialMetrics.NewViewers, "pt", "Novos espectadores")
        .Add(SocialMetrics.NewViewers, "fr", "Nouveaux spectateurs").Add(SocialMetrics.NewViewers, "es", "Nuevos espectadores").Add(SocialMetrics.NewViewers, "de", "Neue Zuschauer")
        .Add(SocialMetrics.ReturningViewers, "en", "Returning Viewers").Add(SocialMetrics.ReturningViewers, "pt", "Espectadores recorrentes")
        .Add(SocialMetrics.ReturningViewers, "fr", "Spectateurs récurrents").Add(SocialMetrics.ReturningViewers, "es", "Espectadores recurrentes").Add(SocialMetrics.ReturningViewers, "de", "Wiederkehrende Zuschauer");
}
