using Ecosystem.DataLake.Datasets.Columns;
using Ecosystem.DataLake.Zones;

namespace Ecosystem.DataLake.Datasets.SongPeriods;

/// <summary><c>song_period</c>, partitioned by the download month. Natural key: source, platform, artist, period, as-of, song, track id.</summary>
public sealed class SongPeriodContract : DatasetContract<SongPeriod>
{
    public const string DatasetName = "song_period";

    public static SongPeriodContract Instance { get; } = new();

    public override string Name => DatasetName;

    public override IReadOnlyList<DatasetColumn<SongPeriod>> Columns { get; } =
    [
        new StringColumn<SongPeriod>("source", false, r => r.Source, (r, v) => r.Source = v!),
        new StringColumn<SongPeriod>("platform", false, r => r.Platform, (r, v) => r.Platform = v!),
        new StringColumn<SongPeriod>("artist", true, r => r.Artist, (r, v) => r.Artist = v),
        new StringColumn<SongPeriod>("period", false, r => r.Period, (r, v) => r.Period = v!),
        new ValueColumn<SongPeriod, DateOnly>("as_of", r => r.AsOf, (r, v) => r.AsOf = v),
        new StringColumn<SongPeriod>("song", false, r => r.Song, (r, v) => r.Song = v!),
        new StringColumn<SongPeriod>("track_id", true, r => r.TrackId, (r, v) => r.TrackId = v),
        new NullableValueColumn<SongPeriod, DateOnly>("release_date", r => r.ReleaseDate, (r, v) => r.ReleaseDate = v),
        new NullableValueColumn<SongPeriod, long>("listeners", r => r.Listeners, (r, v) => r.Listeners = v),
        new NullableValueColumn<SongPeriod, long>("streams", r => r.Streams, (r, v) => r.Streams = v),
        new NullableValueColumn<SongPeriod, long>("saves", r => r.Saves, (r, v) => r.Saves = v),
        new ValueColumn<SongPeriod, long>("line_no", r => r.LineNo, (r, v) => r.LineNo = v),
        new ValueColumn<SongPeriod, int>("occurrence", r => r.Occurrence, (r, v) => r.Occurrence = v),
        new StringColumn<SongPeriod>("source_sha256", false, r => r.SourceSha256, (r, v) => r.SourceSha256 = v!),
        new StringColumn<SongPeriod>("run_id", false, r => r.RunId, (r, v) => r.RunId = v!),
    ];

    public override ColumnKey<SongPeriod> Key => field ??= new ColumnKey<SongPeriod>(Columns, ["as_of", "source", "platform", "artist", "period", "song", "track_id"]);

    public override SongPeriod CreateEmpty() => new();

    public override PartitionKey PartitionOf(SongPeriod row) => PartitionKey.Of(row.AsOf);
}
