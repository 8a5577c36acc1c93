using Ecosystem.DataLake.Datasets.Columns;
using Ecosystem.DataLake.Zones;

namespace Ecosystem.DataLake.Datasets.Catalog;

/// <summary>
/// <c>catalog</c>, partitioned by the month it was asked. Natural key: source, kind, id, as-of day: the same answer
/// fetched twice on one day is one row; another day's answer is another snapshot.
/// </summary>
public sealed class CatalogContract : DatasetContract<CatalogEntry>
{
    public const string DatasetName = "catalog";

    public static CatalogContract Instance { get; } = new();

    public override string Name => DatasetName;

    public override IReadOnlyList<DatasetColumn<CatalogEntry>> Columns { get; } =
    [
        new StringColumn<CatalogEntry>("source", false, r => r.Source, (r, v) => r.Source = v!),
        new StringColumn<CatalogEntry>("kind", false, r => r.Kind, (r, v) => r.Kind = v!),
        new StringColumn<CatalogEntry>("id", false, r => r.Id, (r, v) => r.Id = v!),
        new ValueColumn<CatalogEntry, DateOnly>("as_of", r => r.AsOf, (r, v) => r.AsOf = v),
        new StringColumn<CatalogEntry>("name", false, r => r.Name, (r, v) => r.Name = v!),
        new StringColumn<CatalogEntry>("artist", true, r => r.Artist, (r, v) => r.Artist = v),
        new StringColumn<CatalogEntry>("release", true, r => r.Release, (r, v) => r.Release = v),
        new StringColumn<CatalogEntry>("isrc", true, r => r.Isrc, (r, v) => r.Isrc = v),
        new StringColumn<CatalogEntry>("upc", true, r => r.Upc, (r, v) => r.Upc = v),
        new StringColumn<CatalogEntry>("mbid", true, r => r.Mbid, (r, v) => r.Mbid = v),
        new NullableValueColumn<CatalogEntry, DateOnly>("release_date", r => r.ReleaseDate, (r, v) => r.ReleaseDate = v),
        new StringColumn<CatalogEntry>("release_date_precision", true, r => r.ReleaseDatePrecision, (r, v) => r.ReleaseDatePrecision = v),
        new StringColumn<CatalogEntry>("release_type", true, r => r.ReleaseType, (r, v) => r.ReleaseType = v),
        new NullableValueColumn<CatalogEntry, long>("total_tracks", r => r.TotalTracks, (r, v) => r.TotalTracks = v),
        new NullableValueColumn<CatalogEntry, long>("duration_ms", r => r.DurationMs, (r, v) => r.DurationMs = v),
        new NullableValueColumn<CatalogEntry, long>("followers", r => r.Followers, (r, v) => r.Followers = v),
        new NullableValueColumn<CatalogEntry, long>("popularity", r => r.Popularity, (r, v) => r.Popularity = v),
        new NullableValueColumn<CatalogEntry, long>("listeners", r => r.Listeners, (r, v) => r.Listeners = v),
        new NullableValueColumn<CatalogEntry, long>("playcount", r => r.Playcount, (r, v) => r.Playcount = v),
        new StringColumn<CatalogEntry>("tags", true, r => r.Tags, (r, v) => r.Tags = v),
        new ValueColumn<CatalogEntry, long>("line_no", r => r.LineNo, (r, v) => r.LineNo = v),
        new ValueColumn<CatalogEntry, int>("occurrence", r => r.Occurrence, (r, v) => r.Occurrence = v),
        new StringColumn<CatalogEntry>("source_sha256", false, r => r.SourceSha256, (r, v) => r.SourceSha256 = v!),
        new StringColumn<CatalogEntry>("run_id", false, r => r.RunId, (r, v) => r.RunId = v!),
    ];

    public override ColumnKey<CatalogEntry> Key => field ??= new ColumnKey<CatalogEntry>(Columns, ["as_of", "source", "kind", "id"]);

    public override CatalogEntry CreateEmpty() => new();

    public override PartitionKey PartitionOf(CatalogEntry row) => PartitionKey.Of(row.AsOf);
}
