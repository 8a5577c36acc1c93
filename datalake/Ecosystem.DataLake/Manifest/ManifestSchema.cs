namespace Ecosystem.DataLake.Manifest;

/// <summary>Versioned migrations of the manifest database. Append a new entry; never edit a shipped one.</summary>
internal static class ManifestSchema
{
    public static IReadOnlyList<string> Migrations { get; } =
    [
        """
        CREATE TABLE lake_object (
            sha256              TEXT PRIMARY KEY,
            seq                 INTEGER NOT NULL UNIQUE,
            original_name       TEXT NOT NULL,
            bytes               INTEGER NOT NULL,
            landed_at_utc       TEXT NOT NULL,
            ingest_date         TEXT NOT NULL,
            run_id              TEXT NOT NULL,
            status              TEXT NOT NULL CHECK (status IN ('landed','raw','staged','curated','quarantined')),
            source_hint         TEXT NOT NULL,
            source              TEXT,
            dataset             TEXT,
            format              TEXT,
            encoding            TEXT,
            header_fingerprint  TEXT,
            landing_key         TEXT NOT NULL,
            raw_key             TEXT,
            staging_key         TEXT,
            quarantine_key      TEXT,
            reason_code         TEXT,
            reason              TEXT,
            row_count           INTEGER,
            rejected_count      INTEGER,
            updated_at_utc      TEXT NOT NULL,
            updated_run_id      TEXT NOT NULL
        );
        CREATE INDEX ix_lake_object_status ON lake_object (status, seq);

        CREATE TABLE landing_event (
            id              INTEGER PRIMARY KEY,
            sha256          TEXT NOT NULL REFERENCES lake_object (sha256),
            original_name   TEXT NOT NULL,
            landed_at_utc   TEXT NOT NULL,
            run_id          TEXT NOT NULL,
            outcome         TEXT NOT NULL CHECK (outcome IN ('landed','duplicate'))
        );

        CREATE TABLE lineage_edge (
            from_zone   TEXT NOT NULL,
            from_key    TEXT NOT NULL,
            to_zone     TEXT NOT NULL,
            to_key      TEXT NOT NULL,
            step        TEXT NOT NULL,
            sha256      TEXT NOT NULL REFERENCES lake_object (sha256),
            row_count   INTEGER,
            run_id      TEXT NOT NULL,
            PRIMARY KEY (from_zone, from_key, to_zone, to_key)
        );

        CREATE TABLE rejected_row (
            sha256      TEXT NOT NULL REFERENCES lake_object (sha256),
            line_no     INTEGER NOT NULL,
            reason      TEXT NOT NULL,
            raw_line    TEXT NOT NULL,
            PRIMARY KEY (sha256, line_no)
        );

        CREATE TABLE curated_partition (
            dataset         TEXT NOT NULL,
            source          TEXT NOT NULL,
            partition_path  TEXT NOT NULL,
            object_key      TEXT NOT NULL,
            sha256          TEXT NOT NULL,
            row_count       INTEGER NOT NULL,
            run_id          TEXT NOT NULL,
            updated_at_utc  TEXT NOT NULL,
            PRIMARY KEY (dataset, source, partition_path)
        );

        CREATE TABLE pipeline_run (
            run_id          TEXT PRIMARY KEY,
            command         TEXT NOT NULL,
            started_at_utc  TEXT NOT NULL,
            finished_at_utc TEXT,
            status          TEXT NOT NULL CHECK (status IN ('running','ok','partial','failed','aborted')),
            landed          INTEGER NOT NULL DEFAULT 0,
            duplicates      INTEGER NOT NULL DEFAULT 0,
            promoted        INTEGER NOT NULL DEFAULT 0,
            quarantined     INTEGER NOT NULL DEFAULT 0,
            failed          INTEGER NOT NULL DEFAULT 0,
            rows_curated    INTEGER NOT NULL DEFAULT 0
        );

        CREATE TABLE pipeline_step (
            id              INTEGER PRIMARY KEY,
            run_id          TEXT NOT NULL REFERENCES pipeline_run (run_id),
            sha256          TEXT,
            step            TEXT NOT NULL,
            outcome         TEXT NOT NULL,
            started_at_utc  TEXT NOT NULL,
            finished_at_utc TEXT NOT NULL,
            detail          TEXT
        );
        CREATE INDEX ix_pipeline_step_run ON pipeline_step (run_id);
        """,
        // 2: containers (ZIP downloads) end as 'unpacked' once their entries have landed. SQLite cannot alter a CHECK
        // constraint, so the table is rebuilt; references to it are checked at commit (deferred), when it exists again.
        """
        PRAGMA defer_foreign_keys = ON;
        CREATE TABLE lake_object_v1 AS SELECT * FROM lake_object;
        DROP TABLE lake_object;
        CREATE TABLE lake_object (
            sha256              TEXT PRIMARY KEY,
            seq                 INTEGER NOT NULL UNIQUE,
            original_name       TEXT NOT NULL,
            bytes               INTEGER NOT NULL,
            landed_at_utc       TEXT NOT NULL,
            ingest_date         TEXT NOT NULL,
            run_id              TEXT NOT NULL,
            status              TEXT NOT NULL CHECK (status IN ('landed','raw','staged','curated','quarantined','unpacked')),
            source_hint         TEXT NOT NULL,
            source              TEXT,
            dataset             TEXT,
            format              TEXT,
            encoding            TEXT,
            header_fingerprint  TEXT,
            landing_key         TEXT NOT NULL,
            raw_key             TEXT,
            staging_key         TEXT,
            quarantine_key      TEXT,
            reason_code         TEXT,
            reason              TEXT,
            row_count           INTEGER,
            rejected_count      INTEGER,
            updated_at_utc      TEXT NOT NULL,
            updated_run_id      TEXT NOT NULL
        );
        INSERT INTO lake_object SELECT * FROM lake_object_v1;
        DROP TABLE lake_object_v1;
        CREATE INDEX ix_lake_object_status ON lake_object (status, seq);
        """,
    ];
}
