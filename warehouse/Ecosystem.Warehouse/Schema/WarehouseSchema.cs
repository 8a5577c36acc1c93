namespace Ecosystem.Warehouse.Schema;

/// <summary>
/// Versioned migrations of the warehouse. Append a new entry; never edit a shipped one.
/// Conventions: dates are ISO text (<c>YYYY-MM-DD</c>); money is an integer count of 10⁻⁹ currency units
/// (<c>*_nanos</c>) next to its ISO currency, so sums are exact; shares are parts per million of the whole
/// (<c>*_ppm</c>, 100 % = 1,000,000). Natural-key text a source leaves out is stored as <c>''</c>, because SQLite treats
/// NULLs in a UNIQUE key as all different and an upsert would never find them. Fact tables are <c>WITHOUT ROWID</c>
/// with the natural key as their primary key: the table is its own key index, ordered the way curated files are, so
/// a load appends instead of maintaining a second B-tree.
/// </summary>
internal static class WarehouseSchema
{
    public static IReadOnlyList<string> Migrations { get; } =
    [
        """
        CREATE TABLE etl_run (
            id                  INTEGER PRIMARY KEY,
            run_id              TEXT NOT NULL UNIQUE,
            started_at_utc      TEXT NOT NULL,
            finished_at_utc     TEXT NOT NULL,
            status              TEXT NOT NULL CHECK (status IN ('ok','failed')),
            files_loaded        INTEGER NOT NULL,
            rows_written        INTEGER NOT NULL,
            rows_deleted        INTEGER NOT NULL,
            detail              TEXT
        );

        CREATE TABLE source_file (
            id                  INTEGER PRIMARY KEY,
            sha256              TEXT NOT NULL UNIQUE,
            source              TEXT NOT NULL,
            dataset             TEXT NOT NULL,
            original_name       TEXT NOT NULL,
            ingest_date         TEXT NOT NULL,
            lake_run_id         TEXT NOT NULL
        );

        -- The curated partition files loaded, with the totals reconciliation checked them against.
        CREATE TABLE loaded_partition (
            id                  INTEGER PRIMARY KEY,
            dataset             TEXT NOT NULL,
            source              TEXT NOT NULL,
            partition           TEXT NOT NULL,
            object_key          TEXT NOT NULL,
            sha256              TEXT NOT NULL,
            row_count           INTEGER NOT NULL,
            money_nanos         INTEGER NOT NULL,
            etl_run_id          INTEGER NOT NULL REFERENCES etl_run(id),
            UNIQUE (dataset, source, partition)
        );

        CREATE TABLE quality_issue (
            id                  INTEGER PRIMARY KEY,
            severity            TEXT NOT NULL CHECK (severity IN ('error','warning','info')),
            rule                TEXT NOT NULL,
            entity              TEXT NOT NULL,
            message             TEXT NOT NULL,
            detected_run_id     INTEGER NOT NULL REFERENCES etl_run(id),
            UNIQUE (rule, entity)
        );

        CREATE TABLE platform (
            id                  INTEGER PRIMARY KEY,
            name                TEXT NOT NULL UNIQUE
        );

        CREATE TABLE store_alias (
            id                  INTEGER PRIMARY KEY,
            name                TEXT NOT NULL UNIQUE,
            platform_id         INTEGER NOT NULL REFERENCES platform(id),
            known               INTEGER NOT NULL CHECK (known IN (0,1))
        );

        CREATE TABLE artist (
            id                  INTEGER PRIMARY KEY,
            name                TEXT NOT NULL UNIQUE
        );

        -- A credit as a source spells it ("Nova Reyes & The Tides", "NOVA"); its members are canonical artists.
        CREATE TABLE artist_alias (
            id                  INTEGER PRIMARY KEY,
            name                TEXT NOT NULL UNIQUE
        );

        CREATE TABLE artist_alias_member (
            alias_id            INTEGER NOT NULL REFERENCES artist_alias(id),
            artist_id           INTEGER NOT NULL REFERENCES artist(id),
            position            INTEGER NOT NULL,
            PRIMARY KEY (alias_id, artist_id)
        );

        CREATE TABLE release (
            id                  INTEGER PRIMARY KEY,
            upc                 TEXT NOT NULL UNIQUE,
            title               TEXT NOT NULL,
            artist_alias_id     INTEGER REFERENCES artist_alias(id),
            release_date        TEXT,
            release_type        TEXT
        );

        CREATE TABLE track (
            id                  INTEGER PRIMARY KEY,
            isrc                TEXT NOT NULL UNIQUE,
            title               TEXT NOT NULL,
            artist_alias_id     INTEGER NOT NULL REFERENCES artist_alias(id),
            release_id          INTEGER REFERENCES release(id)
        );

        CREATE TABLE country (
            code                TEXT PRIMARY KEY
        );

        CREATE TABLE account (
            id                  INTEGER PRIMARY KEY,
            platform_id         INTEGER NOT NULL REFERENCES platform(id),
            name                TEXT NOT NULL,
            UNIQUE (platform_id, name)
        );

        CREATE TABLE campaign (
            id                  INTEGER PRIMARY KEY,
            source              TEXT NOT NULL,
            account             TEXT NOT NULL,
            name                TEXT NOT NULL,
            UNIQUE (source, account, name)
        );

        CREATE TABLE royalty_line (
            source              TEXT NOT NULL,
            sale_month          TEXT NOT NULL,
            reporting_date      TEXT NOT NULL,
            store_alias_id      INTEGER NOT NULL REFERENCES store_alias(id),
            artist_alias_id     INTEGER NOT NULL REFERENCES artist_alias(id),
            title               TEXT NOT NULL,
            isrc                TEXT NOT NULL,
            upc                 TEXT NOT NULL,
            product_kind        TEXT NOT NULL,
            country             TEXT NOT NULL,
            occurrence          INTEGER NOT NULL,
            track_id            INTEGER REFERENCES track(id),
            quantity            INTEGER NOT NULL,
            unit_kind           TEXT NOT NULL,
            amount_nanos        INTEGER NOT NULL,
            currency            TEXT NOT NULL,
            team_pct            REAL,
            songwriter_withheld_nanos INTEGER,
            recoup_nanos        INTEGER,
            date_inserted       TEXT,
            is_adjustment       INTEGER NOT NULL,
            line_no             INTEGER NOT NULL,
            source_file_id      INTEGER NOT NULL REFERENCES source_file(id),
            run_id              INTEGER NOT NULL REFERENCES etl_run(id),
            PRIMARY KEY (source, sale_month, reporting_date, store_alias_id, artist_alias_id, title, isrc, upc, product_kind, country, occurrence)
        ) WITHOUT ROWID;

        CREATE TABLE stream_daily (
            source              TEXT NOT NULL,
            date                TEXT NOT NULL,
            platform_id         INTEGER NOT NULL REFERENCES platform(id),
            granularity         TEXT NOT NULL CHECK (granularity IN ('platform_total','artist','track')),
            artist              TEXT NOT NULL,
            title               TEXT NOT NULL,
            isrc                TEXT NOT NULL,
            occurrence          INTEGER NOT NULL,
            artist_alias_id     INTEGER REFERENCES artist_alias(id),
            track_id            INTEGER REFERENCES track(id),
            streams             INTEGER NOT NULL,
            line_no             INTEGER NOT NULL,
            source_file_id      INTEGER NOT NULL REFERENCES source_file(id),
            run_id              INTEGER NOT NULL REFERENCES etl_run(id),
            PRIMARY KEY (source, date, platform_id, granularity, artist, title, isrc, occurrence)
        ) WITHOUT ROWID;

        CREATE TABLE audience_daily (
            source              TEXT NOT NULL,
            date                TEXT NOT NULL,
            platform_id         INTEGER NOT NULL REFERENCES platform(id),
            artist              TEXT NOT NULL,
            occurrence          INTEGER NOT NULL,
            artist_alias_id     INTEGER REFERENCES artist_alias(id),
            listeners           INTEGER,
            monthly_listeners   INTEGER,
            monthly_active_listeners INTEGER,
            super_listeners     INTEGER,
            streams             INTEGER,
            playlist_adds       INTEGER,
            saves               INTEGER,
            followers           INTEGER,
            line_no             INTEGER NOT NULL,
            source_file_id      INTEGER NOT NULL REFERENCES source_file(id),
            run_id              INTEGER NOT NULL REFERENCES etl_run(id),
            PRIMARY KEY (source, date, platform_id, artist, occurrence)
        ) WITHOUT ROWID;

        CREATE TABLE song_period (
            source              TEXT NOT NULL,
            as_of               TEXT NOT NULL,
            platform_id         INTEGER NOT NULL REFERENCES platform(id),
            artist              TEXT NOT NULL,
            period              TEXT NOT NULL,
            song                TEXT NOT NULL,
            platform_track_id   TEXT NOT NULL,
            occurrence          INTEGER NOT NULL,
            artist_alias_id     INTEGER REFERENCES artist_alias(id),
            track_id            INTEGER REFERENCES track(id),
            release_date        TEXT,
            listeners           INTEGER,
            streams             INTEGER,
            saves               INTEGER,
            line_no             INTEGER NOT NULL,
            source_file_id      INTEGER NOT NULL REFERENCES source_file(id),
            run_id              INTEGER NOT NULL REFERENCES etl_run(id),
            PRIMARY KEY (source, as_of, platform_id, artist, period, song, platform_track_id, occurrence)
        ) WITHOUT ROWID;

        CREATE TABLE social_daily (
            source              TEXT NOT NULL,
            date                TEXT NOT NULL,
            platform_id         INTEGER NOT NULL REFERENCES platform(id),
            account             TEXT NOT NULL,
            metric              TEXT NOT NULL,
            occurrence          INTEGER NOT NULL,
            account_id          INTEGER REFERENCES account(id),
            value               INTEGER NOT NULL,
            line_no             INTEGER NOT NULL,
            source_file_id      INTEGER NOT NULL REFERENCES source_file(id),
            run_id              INTEGER NOT NULL REFERENCES etl_run(id),
            PRIMARY KEY (source, date, platform_id, account, metric, occurrence)
        ) WITHOUT ROWID;

        CREATE TABLE social_post (
            source              TEXT NOT NULL,
            as_of               TEXT NOT NULL,
            platform_id         INTEGER NOT NULL REFERENCES platform(id),
            post_id             TEXT NOT NULL,
            occurrence          INTEGER NOT NULL,
            account_id          INTEGER REFERENCES account(id),
            title               TEXT,
            url                 TEXT,
            post_type           TEXT,
            published_date      TEXT,
            published_local     TEXT,
            duration_seconds    INTEGER,
            views               INTEGER,
            reach               INTEGER,
            likes               INTEGER,
            comments            INTEGER,
            shares              INTEGER,
            saves               INTEGER,
            follows             INTEGER,
            average_watch_seconds REAL,
            watched_full_share  REAL,
            counts_rounded      INTEGER NOT NULL,
            line_no             INTEGER NOT NULL,
            source_file_id      INTEGER NOT NULL REFERENCES source_file(id),
            run_id              INTEGER NOT NULL REFERENCES etl_run(id),
            PRIMARY KEY (source, as_of, platform_id, post_id, occurrence)
        ) WITHOUT ROWID;

        CREATE TABLE ad_daily (
            source              TEXT NOT NULL,
            date_start          TEXT NOT NULL,
            date_end            TEXT NOT NULL,
            granularity         TEXT NOT NULL CHECK (granularity IN ('day','period')),
            account             TEXT NOT NULL,
            campaign            TEXT NOT NULL,
            ad_set              TEXT NOT NULL,
            ad                  TEXT NOT NULL,
            age                 TEXT NOT NULL,
            gender              TEXT NOT NULL,
            occurrence          INTEGER NOT NULL,
            campaign_id         INTEGER NOT NULL REFERENCES campaign(id),
            currency            TEXT NOT NULL,
            spend_nanos         INTEGER,
            impressions         INTEGER,
            reach               INTEGER,
            clicks              INTEGER,
            link_clicks         INTEGER,
            results             INTEGER,
            result_indicator    TEXT,
            line_no             INTEGER NOT NULL,
            source_file_id      INTEGER NOT NULL REFERENCES source_file(id),
            run_id              INTEGER NOT NULL REFERENCES etl_run(id),
            PRIMARY KEY (source, date_start, date_end, granularity, account, campaign, ad_set, ad, age, gender, occurrence)
        ) WITHOUT ROWID;

        CREATE TABLE email_campaign (
            source              TEXT NOT NULL,
            send_date           TEXT NOT NULL,
            campaign_ref        TEXT NOT NULL,
            occurrence          INTEGER NOT NULL,
            campaign_id         INTEGER NOT NULL REFERENCES campaign(id),
            title               TEXT,
            subject             TEXT,
            list_id             TEXT,
            list_name           TEXT,
            send_time_utc       TEXT NOT NULL,
            emails_sent         INTEGER NOT NULL,
            hard_bounces        INTEGER,
            soft_bounces        INTEGER,
            unsubscribed        INTEGER,
            abuse_reports       INTEGER,
            opens_total         INTEGER,
            unique_opens        INTEGER,
            clicks_total        INTEGER,
            unique_clicks       INTEGER,
            unique_subscriber_clicks INTEGER,
            line_no             INTEGER NOT NULL,
            source_file_id      INTEGER NOT NULL REFERENCES source_file(id),
            run_id              INTEGER NOT NULL REFERENCES etl_run(id),
            PRIMARY KEY (source, send_date, campaign_ref, occurrence)
        ) WITHOUT ROWID;

        CREATE TABLE email_audience_daily (
            source              TEXT NOT NULL,
            date                TEXT NOT NULL,
            audience            TEXT NOT NULL,
            metric              TEXT NOT NULL,
            occurrence          INTEGER NOT NULL,
            value               INTEGER NOT NULL,
            line_no             INTEGER NOT NULL,
            source_file_id      INTEGER NOT NULL REFERENCES source_file(id),
            run_id              INTEGER NOT NULL REFERENCES etl_run(id),
            PRIMARY KEY (source, date, audience, metric, occurrence)
        ) WITHOUT ROWID;

        CREATE TABLE link_daily (
            source              TEXT NOT NULL,
            date                TEXT NOT NULL,
            profile             TEXT NOT NULL,
            link                TEXT NOT NULL,
            occurrence          INTEGER NOT NULL,
            views               INTEGER,
            unique_views        INTEGER,
            clicks              INTEGER,
            unique_clicks       INTEGER,
            line_no             INTEGER NOT NULL,
            source_file_id      INTEGER NOT NULL REFERENCES source_file(id),
            run_id              INTEGER NOT NULL REFERENCES etl_run(id),
            PRIMARY KEY (source, date, profile, link, occurrence)
        ) WITHOUT ROWID;

        CREATE TABLE expense (
            source              TEXT NOT NULL,
            date                TEXT NOT NULL,
            description         TEXT NOT NULL,
            amount_nanos        INTEGER NOT NULL,
            currency            TEXT NOT NULL,
            card                TEXT NOT NULL,
            occurrence          INTEGER NOT NULL,
            category            TEXT,
            line_no             INTEGER NOT NULL,
            source_file_id      INTEGER NOT NULL REFERENCES source_file(id),
            run_id              INTEGER NOT NULL REFERENCES etl_run(id),
            PRIMARY KEY (source, date, description, amount_nanos, currency, card, occurrence)
        ) WITHOUT ROWID;

        -- Each sheet is the label's catalog as of the day it landed (as_of); the newest sheet is the one in force.
        CREATE TABLE rights_split (
            source              TEXT NOT NULL,
            as_of               TEXT NOT NULL,
            isrc                TEXT NOT NULL,
            artist              TEXT NOT NULL,
            title               TEXT NOT NULL,
            holder              TEXT NOT NULL,
            valid_from          TEXT NOT NULL,
            occurrence          INTEGER NOT NULL,
            track_id            INTEGER REFERENCES track(id),
            upc                 TEXT,
            release_date        TEXT,
            release_type        TEXT,
            share_ppm           INTEGER,
            valid_to            TEXT,
            line_no             INTEGER NOT NULL,
            source_file_id      INTEGER NOT NULL REFERENCES source_file(id),
            run_id              INTEGER NOT NULL REFERENCES etl_run(id),
            PRIMARY KEY (source, as_of, isrc, artist, title, holder, valid_from, occurrence)
        ) WITHOUT ROWID;

        CREATE TABLE catalog_entry (
            source              TEXT NOT NULL,
            as_of               TEXT NOT NULL,
            kind                TEXT NOT NULL,
            entry_ref           TEXT NOT NULL,
            occurrence          INTEGER NOT NULL,
            name                TEXT NOT NULL,
            artist              TEXT,
            release             TEXT,
            isrc                TEXT,
            upc                 TEXT,
            release_date        TEXT,
            followers           INTEGER,
            popularity          INTEGER,
            listeners           INTEGER,
            playcount           INTEGER,
            line_no             INTEGER NOT NULL,
            source_file_id      INTEGER NOT NULL REFERENCES source_file(id),
            run_id              INTEGER NOT NULL REFERENCES etl_run(id),
            PRIMARY KEY (source, as_of, kind, entry_ref, occurrence)
        ) WITHOUT ROWID;

        CREATE TABLE fx_rate (
            source              TEXT NOT NULL,
            date                TEXT NOT NULL,
            currency            TEXT NOT NULL,
            occurrence          INTEGER NOT NULL,
            usd_per_unit_nanos  INTEGER NOT NULL,
            line_no             INTEGER NOT NULL,
            source_file_id      INTEGER NOT NULL REFERENCES source_file(id),
            run_id              INTEGER NOT NULL REFERENCES etl_run(id),
            PRIMARY KEY (source, date, currency, occurrence)
        ) WITHOUT ROWID;

        -- Kept by the load for every royalty partition it writes, so KPIs never scan millions of lines: money and
        -- units per store, track (0 = none), unit kind and currency; and money per country and currency.
        CREATE TABLE royalty_month (
            source              TEXT NOT NULL,
            sale_month          TEXT NOT NULL,
            store_alias_id      INTEGER NOT NULL REFERENCES store_alias(id),
            track_id            INTEGER NOT NULL,
            unit_kind           TEXT NOT NULL,
            currency            TEXT NOT NULL,
            lines               INTEGER NOT NULL,
            quantity            INTEGER NOT NULL,
            amount_nanos        INTEGER NOT NULL,
            PRIMARY KEY (source, sale_month, store_alias_id, track_id, unit_kind, currency)
        ) WITHOUT ROWID;

        CREATE TABLE royalty_country_month (
            source              TEXT NOT NULL,
            sale_month          TEXT NOT NULL,
            country             TEXT NOT NULL,
            currency            TEXT NOT NULL,
            lines               INTEGER NOT NULL,
            amount_nanos        INTEGER NOT NULL,
            PRIMARY KEY (source, sale_month, country, currency)
        ) WITHOUT ROWID;

        -- Kept with royalty_month: ISRCs that earn in a partition without a catalog track.
        CREATE TABLE royalty_unmatched_isrc (
            source              TEXT NOT NULL,
            sale_month          TEXT NOT NULL,
            isrc                TEXT NOT NULL,
            title               TEXT NOT NULL,
            lines               INTEGER NOT NULL,
            PRIMARY KEY (source, sale_month, isrc)
        ) WITHOUT ROWID;

        -- A partial index: only the rows the negative-count rule looks for are in it, so ordinary loads do not pay.
        CREATE INDEX royalty_line_negative ON royalty_line (quantity) WHERE quantity < 0 AND is_adjustment = 0;
        CREATE INDEX stream_daily_date ON stream_daily (date);
        CREATE INDEX audience_daily_date ON audience_daily (date);
        CREATE INDEX social_daily_date ON social_daily (date);
        """,
    ];
}
