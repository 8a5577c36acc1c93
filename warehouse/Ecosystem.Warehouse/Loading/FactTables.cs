using Ecosystem.DataLake.Datasets.AdDaily;
using Ecosystem.DataLake.Datasets.AudienceDaily;
using Ecosystem.DataLake.Datasets.Catalog;
using Ecosystem.DataLake.Datasets.EmailAudience;
using Ecosystem.DataLake.Datasets.EmailCampaigns;
using Ecosystem.DataLake.Datasets.Expenses;
using Ecosystem.DataLake.Datasets.FxRates;
using Ecosystem.DataLake.Datasets.LinkDaily;
using Ecosystem.DataLake.Datasets.RightsSplits;
using Ecosystem.DataLake.Datasets.RoyaltyLines;
using Ecosystem.DataLake.Datasets.SocialDaily;
using Ecosystem.DataLake.Datasets.SocialPosts;
using Ecosystem.DataLake.Datasets.SongPeriods;
using Ecosystem.DataLake.Datasets.StreamDaily;
using static Ecosystem.Warehouse.Loading.SqlValues;

namespace Ecosystem.Warehouse.Loading;

/// <summary>
/// Every curated dataset the warehouse loads and the table it lands in. Key columns mirror the lake's natural key
/// (identity plus occurrence counter), with names replaced by dimension ids where the name is always present.
/// The catalog datasets (rights sheets, catalog APIs) load first, so the tracks they name exist when facts arrive.
/// </summary>
public static class FactTables
{
    /// <summary>The load order of facts; catalog datasets load before them (lower numbers).</summary>
    public const int FactLoadOrder = 10;

    public static IReadOnlyList<IFactTable> All { get; } =
    [
        RightsSplits(), Catalog(), RoyaltyLines(), StreamDays(), AudienceDays(), SongPeriods(), SocialDays(), SocialPosts(),
        AdDays(), EmailCampaigns(), EmailAudienceDays(), LinkDays(), Expenses(), FxRates(),
    ];

    public static IFactTable? For(string dataset) => All.FirstOrDefault(t => t.Dataset == dataset);

    private static FactTable<RoyaltyLine> RoyaltyLines() => new("royalty_line", RoyaltyLineContract.Instance, "sale_month",
    [
        FactColumn<RoyaltyLine>.Key("source", r => r.Source),
        FactColumn<RoyaltyLine>.Key("sale_month", r => Date(r.SaleMonth)),
        FactColumn<RoyaltyLine>.Key("reporting_date", r => Date(r.ReportingDate)),
        FactColumn<RoyaltyLine>.Key("store_alias_id", (r, s) => s.StoreAlias(r.Store)),
        FactColumn<RoyaltyLine>.Key("artist_alias_id", (r, s) => s.ArtistAlias(r.Artist)),
        FactColumn<RoyaltyLine>.Key("title", r => r.Title),
        FactColumn<RoyaltyLine>.Key("isrc", r => Key(r.Isrc)),
        FactColumn<RoyaltyLine>.Key("upc", r => Key(r.Upc)),
        FactColumn<RoyaltyLine>.Key("product_kind", r => r.ProductKind),
        FactColumn<RoyaltyLine>.Key("country", (r, s) => s.Country(r.Country)),
        FactColumn<RoyaltyLine>.Key("occurrence", r => r.Occurrence),
        FactColumn<RoyaltyLine>.Of("track_id", (r, s) => s.Track(r.Isrc, r.Title, r.Artist)),
        FactColumn<RoyaltyLine>.Of("quantity", r => r.Quantity),
        FactColumn<RoyaltyLine>.Of("unit_kind", r => r.UnitKind),
        FactColumn<RoyaltyLine>.Of("amount_nanos", r => Nanos(r.Amount)),
        FactColumn<RoyaltyLine>.Of("currency", r => r.Currency),
        FactColumn<RoyaltyLine>.Of("team_pct", r => Real(r.TeamPct)),
        FactColumn<RoyaltyLine>.Of("songwriter_withheld_nanos", r => Nanos(r.SongwriterWithheld)),
        FactColumn<RoyaltyLine>.Of("recoup_nanos", r => Nanos(r.Recoup)),
        FactColumn<RoyaltyLine>.Of("date_inserted", r => Date(r.DateInserted)),
        FactColumn<RoyaltyLine>.Of("is_adjustment", r => Flag(r.IsAdjustment)),
        FactColumn<RoyaltyLine>.Of("line_no", r => r.LineNo),
    ])
    {
        Money = "amount_nanos",
        Aggregate = columns => new RoyaltyMonthAggregate(columns),
        ResolvesTracks = true,
    };

    private static FactTable<StreamDay> StreamDays() => new("stream_daily", StreamDailyContract.Instance, "date",
    [
        FactColumn<StreamDay>.Key("source", r => r.Source),
        FactColumn<StreamDay>.Key("date", r => Date(r.Date)),
        FactColumn<StreamDay>.Key("platform_id", (r, s) => s.Platform(r.Platform)),
        FactColumn<StreamDay>.Key("granularity", r => r.Granularity),
        FactColumn<StreamDay>.Key("artist", r => Key(r.Artist)),
        FactColumn<StreamDay>.Key("title", r => Key(r.Title)),
        FactColumn<StreamDay>.Key("isrc", r => Key(r.Isrc)),
        FactColumn<StreamDay>.Key("occurrence", r => r.Occurrence),
        FactColumn<StreamDay>.Of("artist_alias_id", (r, s) => s.ArtistAliasOrNull(r.Artist)),
        FactColumn<StreamDay>.Of("track_id", (r, s) => r.Granularity == StreamGranularity.Track ? s.Track(r.Isrc, r.Title, r.Artist) : null),
        FactColumn<StreamDay>.Of("streams", r => r.Streams),
        FactColumn<StreamDay>.Of("line_no", r => r.LineNo),
    ])
    {
        ResolvesTracks = true,
    };

    private static FactTable<AudienceDay> AudienceDays() => new("audience_daily", AudienceDailyContract.Instance, "date",
    [
        FactColumn<AudienceDay>.Key("source", r => r.Source),
        FactColumn<AudienceDay>.Key("date", r => Date(r.Date)),
        FactColumn<AudienceDay>.Key("platform_id", (r, s) => s.Platform(r.Platform)),
        FactColumn<AudienceDay>.Key("artist", r => Key(r.Artist)),
        FactColumn<AudienceDay>.Key("occurrence", r => r.Occurrence),
        FactColumn<AudienceDay>.Of("artist_alias_id", (r, s) => s.ArtistAliasOrNull(r.Artist)),
        FactColumn<AudienceDay>.Of("listeners", r => r.Listeners),
        FactColumn<AudienceDay>.Of("monthly_listeners", r => r.MonthlyListeners),
        FactColumn<AudienceDay>.Of("monthly_active_listeners", r => r.MonthlyActiveListeners),
        FactColumn<AudienceDay>.Of("super_listeners", r => r.SuperListeners),
        FactColumn<AudienceDay>.Of("streams", r => r.Streams),
        FactColumn<AudienceDay>.Of("playlist_adds", r => r.PlaylistAdds),
        FactColumn<AudienceDay>.Of("saves", r => r.Saves),
        FactColumn<AudienceDay>.Of("followers", r => r.Followers),
        FactColumn<AudienceDay>.Of("line_no", r => r.LineNo),
    ]);

    private static FactTable<SongPeriod> SongPeriods() => new("song_period", SongPeriodContract.Instance, "as_of",
    [
        FactColumn<SongPeriod>.Key("source", r => r.Source),
        FactColumn<SongPeriod>.Key("as_of", r => Date(r.AsOf)),
        FactColumn<SongPeriod>.Key("platform_id", (r, s) => s.Platform(r.Platform)),
        FactColumn<SongPeriod>.Key("artist", r => Key(r.Artist)),
        FactColumn<SongPeriod>.Key("period", r => r.Period),
        FactColumn<SongPeriod>.Key("song", r => r.Song),
        FactColumn<SongPeriod>.Key("platform_track_id", r => Key(r.TrackId)),
        FactColumn<SongPeriod>.Key("occurrence", r => r.Occurrence),
        FactColumn<SongPeriod>.Of("artist_alias_id", (r, s) => s.ArtistAliasOrNull(r.Artist)),
        FactColumn<SongPeriod>.Of("track_id", (r, s) => s.Track(null, r.Song, r.Artist)),
        FactColumn<SongPeriod>.Of("release_date", r => Date(r.ReleaseDate)),
        FactColumn<SongPeriod>.Of("listeners", r => r.Listeners),
        FactColumn<SongPeriod>.Of("streams", r => r.Streams),
        FactColumn<SongPeriod>.Of("saves", r => r.Saves),
        FactColumn<SongPeriod>.Of("line_no", r => r.LineNo),
    ])
    {
        ResolvesTracks = true,
    };

    private static FactTable<SocialDay> SocialDays() => new("social_daily", SocialDailyContract.Instance, "date",
    [
        FactColumn<SocialDay>.Key("source", r => r.Source),
        FactColumn<SocialDay>.Key("date", r => Date(r.Date)),
        FactColumn<SocialDay>.Key("platform_id", (r, s) => s.Platform(r.Platform)),
        FactColumn<SocialDay>.Key("account", r => Key(r.Account)),
        FactColumn<SocialDay>.Key("metric", r => r.Metric),
        FactColumn<SocialDay>.Key("occurrence", r => r.Occurrence),
        FactColumn<SocialDay>.Of("account_id", (r, s) => s.AccountOrNull(r.Platform, r.Account)),
        FactColumn<SocialDay>.Of("value", r => r.Value),
        FactColumn<SocialDay>.Of("line_no", r => r.LineNo),
    ]);

    private static FactTable<SocialPost> SocialPosts() => new("social_post", SocialPostContract.Instance, "as_of",
    [
        FactColumn<SocialPost>.Key("source", r => r.Source),
        FactColumn<SocialPost>.Key("as_of", r => Date(r.AsOf)),
        FactColumn<SocialPost>.Key("platform_id", (r, s) => s.Platform(r.Platform)),
        FactColumn<SocialPost>.Key("post_id", r => r.PostId),
        FactColumn<SocialPost>.Key("occurrence", r => r.Occurrence),
        FactColumn<SocialPost>.Of("account_id", (r, s) => s.AccountOrNull(r.Platform, r.Account)),
        FactColumn<SocialPost>.Of("title", r => r.Title),
        FactColumn<SocialPost>.Of("url", r => r.Url),
        FactColumn<SocialPost>.Of("post_type", r => r.PostType),
        FactColumn<SocialPost>.Of("published_date", r => Date(r.PublishedDate)),
        FactColumn<SocialPost>.Of("published_local", r => r.PublishedLocal),
        FactColumn<SocialPost>.Of("duration_seconds", r => r.DurationSeconds),
        FactColumn<SocialPost>.Of("views", r => r.Views),
        FactColumn<SocialPost>.Of("reach", r => r.Reach),
        FactColumn<SocialPost>.Of("likes", r => r.Likes),
        FactColumn<SocialPost>.Of("comments", r => r.Comments),
        FactColumn<SocialPost>.Of("shares", r => r.Shares),
        FactColumn<SocialPost>.Of("saves", r => r.Saves),
        FactColumn<SocialPost>.Of("follows", r => r.Follows),
        FactColumn<SocialPost>.Of("average_watch_seconds", r => Real(r.AverageWatchSeconds)),
        FactColumn<SocialPost>.Of("watched_full_share", r => Real(r.WatchedFullShare)),
        FactColumn<SocialPost>.Of("counts_rounded", r => Flag(r.CountsRounded)),
        FactColumn<SocialPost>.Of("line_no", r => r.LineNo),
    ]);

    private static FactTable<AdRow> AdDays() => new("ad_daily", AdDailyContract.Instance, "date_start",
    [
        FactColumn<AdRow>.Key("source", r => r.Source),
        FactColumn<AdRow>.Key("date_start", r => Date(r.DateStart)),
        FactColumn<AdRow>.Key("date_end", r => Date(r.DateEnd)),
        FactColumn<AdRow>.Key("granularity", r => r.Granularity),
        FactColumn<AdRow>.Key("account", r => Key(r.Account)),
        FactColumn<AdRow>.Key("campaign", r => r.Campaign),
        FactColumn<AdRow>.Key("ad_set", r => Key(r.AdSet)),
        FactColumn<AdRow>.Key("ad", r => Key(r.Ad)),
        FactColumn<AdRow>.Key("age", r => Key(r.Age)),
        FactColumn<AdRow>.Key("gender", r => Key(r.Gender)),
        FactColumn<AdRow>.Key("occurrence", r => r.Occurrence),
        FactColumn<AdRow>.Of("campaign_id", (r, s) => s.Campaign(r.Source, Key(r.Account), r.Campaign)),
        FactColumn<AdRow>.Of("currency", r => r.Currency),
        FactColumn<AdRow>.Of("spend_nanos", r => Nanos(r.Spend)),
        FactColumn<AdRow>.Of("impressions", r => r.Impressions),
        FactColumn<AdRow>.Of("reach", r => r.Reach),
        FactColumn<AdRow>.Of("clicks", r => r.Clicks),
        FactColumn<AdRow>.Of("link_clicks", r => r.LinkClicks),
        FactColumn<AdRow>.Of("results", r => r.Results),
        FactColumn<AdRow>.Of("result_indicator", r => r.ResultIndicator),
        FactColumn<AdRow>.Of("line_no", r => r.LineNo),
    ])
    {
        Money = "spend_nanos",
    };

    private static FactTable<EmailCampaign> EmailCampaigns() => new("email_campaign", EmailCampaignContract.Instance, "send_date",
    [
        FactColumn<EmailCampaign>.Key("source", r => r.Source),
        FactColumn<EmailCampaign>.Key("send_date", r => Date(r.SendDate)),
        FactColumn<EmailCampaign>.Key("campaign_ref", r => r.CampaignId),
        FactColumn<EmailCampaign>.Key("occurrence", r => r.Occurrence),
        FactColumn<EmailCampaign>.Of("campaign_id", (r, s) => s.Campaign(r.Source, Key(r.ListName), r.Title ?? r.CampaignId)),
        FactColumn<EmailCampaign>.Of("title", r => r.Title),
        FactColumn<EmailCampaign>.Of("subject", r => r.Subject),
        FactColumn<EmailCampaign>.Of("list_id", r => r.ListId),
        FactColumn<EmailCampaign>.Of("list_name", r => r.ListName),
        FactColumn<EmailCampaign>.Of("send_time_utc", r => r.SendTimeUtc),
        FactColumn<EmailCampaign>.Of("emails_sent", r => r.EmailsSent),
        FactColumn<EmailCampaign>.Of("hard_bounces", r => r.HardBounces),
        FactColumn<EmailCampaign>.Of("soft_bounces", r => r.SoftBounces),
        FactColumn<EmailCampaign>.Of("unsubscribed", r => r.Unsubscribed),
        FactColumn<EmailCampaign>.Of("abuse_reports", r => r.AbuseReports),
        FactColumn<EmailCampaign>.Of("opens_total", r => r.OpensTotal),
        FactColumn<EmailCampaign>.Of("unique_opens", r => r.UniqueOpens),
        FactColumn<EmailCampaign>.Of("clicks_total", r => r.ClicksTotal),
        FactColumn<EmailCampaign>.Of("unique_clicks", r => r.UniqueClicks),
        FactColumn<EmailCampaign>.Of("unique_subscriber_clicks", r => r.UniqueSubscriberClicks),
        FactColumn<EmailCampaign>.Of("line_no", r => r.LineNo),
    ]);

    private static FactTable<EmailAudienceDay> EmailAudienceDays() => new("email_audience_daily", EmailAudienceDailyContract.Instance, "date",
    [
        FactColumn<EmailAudienceDay>.Key("source", r => r.Source),
        FactColumn<EmailAudienceDay>.Key("date", r => Date(r.Date)),
        FactColumn<EmailAudienceDay>.Key("audience", r => Key(r.Audience)),
        FactColumn<EmailAudienceDay>.Key("metric", r => r.Metric),
        FactColumn<EmailAudienceDay>.Key("occurrence", r => r.Occurrence),
        FactColumn<EmailAudienceDay>.Of("value", r => r.Value),
        FactColumn<EmailAudienceDay>.Of("line_no", r => r.LineNo),
    ]);

    private static FactTable<LinkDay> LinkDays() => new("link_daily", LinkDailyContract.Instance, "date",
    [
        FactColumn<LinkDay>.Key("source", r => r.Source),
        FactColumn<LinkDay>.Key("date", r => Date(r.Date)),
        FactColumn<LinkDay>.Key("profile", r => Key(r.Profile)),
        FactColumn<LinkDay>.Key("link", r => Key(r.Link)),
        FactColumn<LinkDay>.Key("occurrence", r => r.Occurrence),
        FactColumn<LinkDay>.Of("views", r => r.Views),
        FactColumn<LinkDay>.Of("unique_views", r => r.UniqueViews),
        FactColumn<LinkDay>.Of("clicks", r => r.Clicks),
        FactColumn<LinkDay>.Of("unique_clicks", r => r.UniqueClicks),
        FactColumn<LinkDay>.Of("line_no", r => r.LineNo),
    ]);

    private static FactTable<Expense> Expenses() => new("expense", ExpenseContract.Instance, "date",
    [
        FactColumn<Expense>.Key("source", r => r.Source),
        FactColumn<Expense>.Key("date", r => Date(r.Date)),
        FactColumn<Expense>.Key("description", r => r.Description),
        FactColumn<Expense>.Key("amount_nanos", r => Nanos(r.Amount)),
        FactColumn<Expense>.Key("currency", r => r.Currency),
        FactColumn<Expense>.Key("card", r => Key(r.Card)),
        FactColumn<Expense>.Key("occurrence", r => r.Occurrence),
        FactColumn<Expense>.Of("category", r => r.Category),
        FactColumn<Expense>.Of("line_no", r => r.LineNo),
    ])
    {
        Money = "amount_nanos",
    };

    private static FactTable<RightsSplit> RightsSplits() => new("rights_split", RightsSplitContract.Instance, "as_of",
    [
        FactColumn<RightsSplit>.Key("source", r => r.Source),
        FactColumn<RightsSplit>.Key("as_of", r => Date(r.AsOf)),
        FactColumn<RightsSplit>.Key("isrc", r => Key(r.Isrc)),
        FactColumn<RightsSplit>.Key("artist", r => r.Artist),
        FactColumn<RightsSplit>.Key("title", r => r.Title),
        FactColumn<RightsSplit>.Key("holder", r => Key(r.RightsHolder)),
        FactColumn<RightsSplit>.Key("valid_from", r => Key(Date(r.ValidFrom) as string)),
        FactColumn<RightsSplit>.Key("occurrence", r => r.Occurrence),
        FactColumn<RightsSplit>.Of("track_id", (r, s) => s.Track(r.Isrc, r.Title, r.Artist)),
        FactColumn<RightsSplit>.Of("upc", r => r.Upc),
        FactColumn<RightsSplit>.Of("release_date", r => Date(r.ReleaseDate)),
        FactColumn<RightsSplit>.Of("release_type", r => r.ReleaseType),
        FactColumn<RightsSplit>.Of("share_ppm", r => Ppm(r.SharePct)),
        FactColumn<RightsSplit>.Of("valid_to", r => Date(r.ValidTo)),
        FactColumn<RightsSplit>.Of("line_no", r => r.LineNo),
    ], loadOrder: 0)
    {
        Register = (r, s) =>
        {
            s.RegisterRelease(r.Upc, r.Title, r.Artist, r.ReleaseDate, r.ReleaseType);
            s.RegisterTrack(r.Isrc, r.Title, r.Artist, r.Upc);
        },
    };

    private static FactTable<CatalogEntry> Catalog() => new("catalog_entry", CatalogContract.Instance, "as_of",
    [
        FactColumn<CatalogEntry>.Key("source", r => r.Source),
        FactColumn<CatalogEntry>.Key("as_of", r => Date(r.AsOf)),
        FactColumn<CatalogEntry>.Key("kind", r => r.Kind),
        FactColumn<CatalogEntry>.Key("entry_ref", r => r.Id),
        FactColumn<CatalogEntry>.Key("occurrence", r => r.Occurrence),
        FactColumn<CatalogEntry>.Of("name", r => r.Name),
        FactColumn<CatalogEntry>.Of("artist", r => r.Artist),
        FactColumn<CatalogEntry>.Of("release", r => r.Release),
        FactColumn<CatalogEntry>.Of("isrc", r => r.Isrc),
        FactColumn<CatalogEntry>.Of("upc", r => r.Upc),
        FactColumn<CatalogEntry>.Of("release_date", r => Date(r.ReleaseDate)),
        FactColumn<CatalogEntry>.Of("followers", r => r.Followers),
        FactColumn<CatalogEntry>.Of("popularity", r => r.Popularity),
        FactColumn<CatalogEntry>.Of("listeners", r => r.Listeners),
        FactColumn<CatalogEntry>.Of("playcount", r => r.Playcount),
        FactColumn<CatalogEntry>.Of("line_no", r => r.LineNo),
    ], loadOrder: 1)
    {
        Register = (r, s) =>
        {
            if (r.Kind == "release")
            {
                s.RegisterRelease(r.Upc, r.Name, r.Artist, r.ReleaseDate, r.ReleaseType);
            }
            else if (r.Kind == "track")
            {
                s.RegisterTrack(r.Isrc, r.Name, r.Artist, r.Upc);
            }
        },
    };

    private static FactTable<FxRate> FxRates() => new("fx_rate", FxRateContract.Instance, "date",
    [
        FactColumn<FxRate>.Key("source", r => r.Source),
        FactColumn<FxRate>.Key("date", r => Date(r.Date)),
        FactColumn<FxRate>.Key("currency", r => r.Currency),
        FactColumn<FxRate>.Key("occurrence", r => r.Occurrence),
        FactColumn<FxRate>.Of("usd_per_unit_nanos", r => Nanos(r.UsdPerUnit)),
        FactColumn<FxRate>.Of("line_no", r => r.LineNo),
    ], loadOrder: 2);
}
