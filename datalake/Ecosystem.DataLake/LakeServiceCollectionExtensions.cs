using Ecosystem.DataLake.Formats;
using Ecosystem.DataLake.Landing;
using Ecosystem.DataLake.Manifest;
using Ecosystem.DataLake.Pipeline;
using Ecosystem.DataLake.Quarantine;
using Ecosystem.DataLake.Sources.AppleMusic;
using Ecosystem.DataLake.Sources.Bandcamp;
using Ecosystem.DataLake.Sources.Catalog;
using Ecosystem.DataLake.Sources.DistroKid;
using Ecosystem.DataLake.Sources.Expenses;
using Ecosystem.DataLake.Sources.FxRates;
using Ecosystem.DataLake.Sources.Instagram;
using Ecosystem.DataLake.Sources.LastFm;
using Ecosystem.DataLake.Sources.Linktree;
using Ecosystem.DataLake.Sources.Mailchimp;
using Ecosystem.DataLake.Sources.MetaAds;
using Ecosystem.DataLake.Sources.SoundCloud;
using Ecosystem.DataLake.Sources.SpotifyForArtists;
using Ecosystem.DataLake.Sources.SpotifyWebApi;
using Ecosystem.DataLake.Sources.TikTok;
using Ecosystem.DataLake.Sources.TooLost;
using Ecosystem.DataLake.Sources.YouTube;
using Ecosystem.DataLake.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Ecosystem.DataLake;

public static class LakeServiceCollectionExtensions
{
    /// <summary>
    /// Registers the lake: options (<c>ECO_*</c>, validated at start-up), the object store the options pick, the
    /// manifest, every source handler, and the pipeline steps. The host's configuration must already include the
    /// environment variables with the <see cref="LakeOptions.EnvironmentPrefix"/> prefix.
    /// </summary>
    public static IHostApplicationBuilder AddDataLake(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<LakeOptions>().Bind(builder.Configuration).ValidateDataAnnotations().ValidateOnStart();
        var services = builder.Services;
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IPipelineProbe>(NoOpPipelineProbe.Instance);
        services.AddSingleton<IObjectStore>(provider =>
        {
            var options = provider.GetRequiredService<IOptions<LakeOptions>>().Value;
            return options.Lake == LakeKind.S3
                ? new S3ObjectStore(options.S3, options.TempDirectory)
                : new LocalFolderObjectStore(options.FullDataDirectory);
        });
        services.AddSingleton(provider => new ManifestDatabase(provider.GetRequiredService<IOptions<LakeOptions>>().Value.ManifestPath));
        services.AddSingleton<LakeManifest>();
        services.AddSingleton<ISourceHandler, DistroKidStatementHandler>();
        services.AddSingleton<ISourceHandler, DistroKidStatsPageHandler>();
        services.AddSingleton<ISourceHandler, SoundCloudStatementHandler>();
        services.AddSingleton<ISourceHandler, BandcampSalesHandler>();
        services.AddSingleton<ISourceHandler, SpotifyAudienceTimelineHandler>();
        services.AddSingleton<ISourceHandler, SpotifySongTimelineHandler>();
        services.AddSingleton<ISourceHandler, SpotifySongsListHandler>();
        services.AddSingleton<ISourceHandler, SpotifySongsJsonHandler>();
        services.AddSingleton<ISourceHandler, SpotifyPlaylistsListHandler>();
        services.AddSingleton<ISourceHandler, AppleMusicPlaysHandler>();
        services.AddSingleton<ISourceHandler, AppleMusicListenersHandler>();
        services.AddSingleton<ISourceHandler, AppleMusicSongsTableHandler>();
        services.AddSingleton<ISourceHandler, TikTokOverviewHandler>();
        services.AddSingleton<ISourceHandler, TikTokFollowerHistoryHandler>();
        services.AddSingleton<ISourceHandler, TikTokViewersHandler>();
        services.AddSingleton<ISourceHandler, TikTokContentHandler>();
        services.AddSingleton<ISourceHandler, TikTokFollowerGenderHandler>();
        services.AddSingleton<ISourceHandler, TikTokFollowerTerritoriesHandler>();
        services.AddSingleton<ISourceHandler, TikTokFollowerActivityHandler>();
        services.AddSingleton<ISourceHandler, MetaAdsExportHandler>();
        services.AddSingleton<ISourceHandler, InstagramInsightsHandler>();
        services.AddSingleton<ISourceHandler, InstagramPostsHandler>();
        services.AddSingleton<ISourceHandler, MetaInsightsHandler>();
        services.AddSingleton<ISourceHandler, TooLostAnalyticsHandler>();
        services.AddSingleton<ISourceHandler, TooLostSalesHandler>();
        services.AddSingleton<ISourceHandler, LinktreeAnalyticsHandler>();
        services.AddSingleton<ISourceHandler, LinktreeTimelineHandler>();
        services.AddSingleton<ISourceHandler, MailchimpReportsHandler>();
        services.AddSingleton<ISourceHandler, MailchimpSubscribedHandler>();
        services.AddSingleton<ISourceHandler, MailchimpUnsubscribedHandler>();
        services.AddSingleton<ISourceHandler, MailchimpCleanedHandler>();
        services.AddSingleton<ISourceHandler, YouTubeAnalyticsHandler>();
        services.AddSingleton<ISourceHandler, YouTubeChannelsHandler>();
        services.AddSingleton<ISourceHandler, YouTubeStudioContentHandler>();
        services.AddSingleton<ISourceHandler, YouTubeVideosHandler>();
        services.AddSingleton<ISourceHandler, SpotifyWebApiHandler>();
        services.AddSingleton<ISourceHandler, LastFmInfoHandler>();
        services.AddSingleton<ISourceHandler, CatalogSheetHandler>();
        services.AddSingleton<ISourceHandler, ExpenseSheetHandler>();
        services.AddSingleton<ISourceHandler, FxRateSheetHandler>();
        services.AddSingleton<ISourceHandler, CapitalOneCardHandler>();
        services.AddSingleton(provider => new SourceRegistry(provider.GetServices<ISourceHandler>()));
        services.AddSingleton(provider => new LakeContext(
            provider.GetRequiredService<IObjectStore>(),
            provider.GetRequiredService<LakeManifest>(),
            provider.GetRequiredService<SourceRegistry>(),
            provider.GetRequiredService<IOptions<LakeOptions>>().Value,
            provider.GetRequiredService<TimeProvider>(),
            provider.GetRequiredService<IPipelineProbe>(),
            provider.GetRequiredService<ILoggerFactory>().CreateLogger("Ecosystem.DataLake")));
        services.AddSingleton(provider => new LakeWorkspace(provider.GetRequiredService<IOptions<LakeOptions>>().Value));
        services.AddSingleton<LandingWriter>();
        services.AddSingleton<QuarantineWriter>();
        services.AddSingleton<ContainerUnpacker>();
        services.AddSingleton<RawPromoter>();
        services.AddSingleton<StagingPromoter>();
        services.AddSingleton<CuratedPromoter>();
        services.AddSingleton<FilePromoter>();
        services.AddSingleton<LakeRunner>();
        return builder;
    }
}
