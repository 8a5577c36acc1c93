using Ecosystem.DataLake.Datasets.Columns;
using Ecosystem.DataLake.Zones;

namespace Ecosystem.DataLake.Datasets.StreamDaily;

/// <summary>
/// <c>stream_daily</c>, partitioned by the day's month. Natural key: source, date, platform, granularity, artist,
/// title, ISRC. A daily series restated by a newer export (Spotify's 12-month timeline downloaded again) replaces
/// exactly the days it covers; the days outside it stay. A day is one fact: a file that lists a day twice has the
/// second row rejected by its parser, so the occurrence counter is always 1 here.
/// </summary>
public sealed class StreamDailyContract : DatasetContract<StreamDay>
{
    public const string DatasetName = "stream_daily";

    public static StreamDailyContract Instance { get; } = new();

    public override string Name => DatasetName;

    public override IReadOnlyList<DatasetColumn<StreamDay>> Columns { get; } =
    [
        new StringColumn<StreamDay>("source", false, r => r.Source, (r, v) => r.Source = v!),
        new ValueColumn<StreamDay, DateOnly>("date", r => r.Date, (r, v) => r.Date = v),
        new StringColumn<StreamDay>("platform", false, r => r.Platform, (r, v) => r.Platform = v!),
        new StringColumn<StreamDay>("granularity", false, r => r.Granularity, (r, v) => r.Granularity = v!),
        new StringColumn<StreamDay>("artist", true, r => r.Artist, (r, v) => r.Artist = v),
        new StringColumn<StreamDay>("title", true, r => r.Title, (r, v) => r.Title = v),
        new StringColumn<StreamDay>("isrc", true, r => r.Isrc, (r, v) => r.Isrc = v),
        new ValueColumn<StreamDay, long>("streams", r => r.Streams, (r, v) => r.Streams = v),
        new ValueColumn<StreamDay, long>("line_no", r => r.LineNo, (r, v) => r.LineNo = v),
        new ValueColumn<StreamDay, int>("occurrence", r => r.Occurrence, (r, v) => r.Occurrence = v),
        new StringColumn<StreamDay>("source_sha256", false, r => r.SourceSha256, (r, v) => r.SourceSha256 = v!),
        new StringColumn<StreamDay>("run_id", false, r => r.RunId, (r, v) => r.RunId = v!),
    ];

    /// <summary>The natural key, in the canonical sort order of curated files.</summary>
    public override ColumnKey<StreamDay> Key => field ??= new ColumnKey<StreamDay>(Columns, ["date", "source", "platform", "granularity", "artist", "title", "isrc"]);

    public override StreamDay CreateEmpty() => new();

    public override PartitionKey PartitionOf(StreamDay row) => PartitionKey.Of(row.Date);
}
