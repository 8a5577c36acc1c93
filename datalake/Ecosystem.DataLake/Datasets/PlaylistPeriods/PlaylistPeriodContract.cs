using Ecosystem.DataLake.Datasets.Columns;
using Ecosystem.DataLake.Zones;

namespace Ecosystem.DataLake.Datasets.PlaylistPeriods;

/// <summary><c>playlist_period</c>, partitioned by the download month. Natural key: source, platform, artist, period, as-of, playlist, author.</summary>
public sealed class PlaylistPeriodContract : DatasetContract<PlaylistPeriod>
{
    public const string DatasetName = "playlist_period";

    public static PlaylistPeriodContract Instance { get; } = new();

    public override string Name => DatasetName;

    public override IReadOnlyList<DatasetColumn<PlaylistPeriod>> Columns { get; } =
    [
        new StringColumn<PlaylistPeriod>("source", false, r => r.Source, (r, v) => r.Source = v!),
        new StringColumn<PlaylistPeriod>("platform", false, r => r.Platform, (r, v) => r.Platform = v!),
        new StringColumn<PlaylistPeriod>("artist", true, r => r.Artist, (r, v) => r.Artist = v),
        new StringColumn<PlaylistPeriod>("period", false, r => r.Period, (r, v) => r.Period = v!),
        new ValueColumn<PlaylistPeriod, DateOnly>("as_of", r => r.AsOf, (r, v) => r.AsOf = v),
        new StringColumn<PlaylistPeriod>("playlist", false, r => r.Playlist, (r, v) => r.Playlist = v!),
        new StringColumn<PlaylistPeriod>("author", true, r => r.Author, (r, v) => r.Author = v),
        new NullableValueColumn<PlaylistPeriod, long>("listeners", r => r.Listeners, (r, v) => r.Listeners = v),
        new NullableValueColumn<PlaylistPeriod, long>("streams", r => r.Streams, (r, v) => r.Streams = v),
        new NullableValueColumn<PlaylistPeriod, DateOnly>("date_added", r => r.DateAdded, (r, v) => r.DateAdded = v),
        new ValueColumn<PlaylistPeriod, long>("line_no", r => r.LineNo, (r, v) => r.LineNo = v),
        new ValueColumn<PlaylistPeriod, int>("occurrence", r => r.Occurrence, (r, v) => r.Occurrence = v),
        new StringColumn<PlaylistPeriod>("source_sha256", false, r => r.SourceSha256, (r, v) => r.SourceSha256 = v!),
        new StringColumn<PlaylistPeriod>("run_id", false, r => r.RunId, (r, v) => r.RunId = v!),
    ];

    public override ColumnKey<PlaylistPeriod> Key => field ??= new ColumnKey<PlaylistPeriod>(Columns, ["as_of", "source", "platform", "artist", "period", "playlist", "author"]);

    public override PlaylistPeriod CreateEmpty() => new();

    public override PartitionKey PartitionOf(PlaylistPeriod row) => PartitionKey.Of(row.AsOf);
}
