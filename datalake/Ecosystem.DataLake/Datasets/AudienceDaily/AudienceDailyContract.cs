using Ecosystem.DataLake.Datasets.Columns;
using Ecosystem.DataLake.Zones;

namespace Ecosystem.DataLake.Datasets.AudienceDaily;

/// <summary>
/// <c>audience_daily</c>, partitioned by the day's month. Natural key: source, date, platform, artist. A newer
/// export's day replaces the older export's same day whole (the newer numbers are the platform's latest statement of
/// that day); days outside the newer export's window stay.
/// </summary>
public sealed class AudienceDailyContract : DatasetContract<AudienceDay>
{
    public const string DatasetName = "audience_daily";

    public static AudienceDailyContract Instance { get; } = new();

    public override string Name => DatasetName;

    public override IReadOnlyList<DatasetColumn<AudienceDay>> Columns { get; } =
    [
        new StringColumn<AudienceDay>("source", false, r => r.Source, (r, v) => r.Source = v!),
        new ValueColumn<AudienceDay, DateOnly>("date", r => r.Date, (r, v) => r.Date = v),
        new StringColumn<AudienceDay>("platform", false, r => r.Platform, (r, v) => r.Platform = v!),
        new StringColumn<AudienceDay>("artist", true, r => r.Artist, (r, v) => r.Artist = v),
        new NullableValueColumn<AudienceDay, long>("listeners", r => r.Listeners, (r, v) => r.Listeners = v),
        new NullableValueColumn<AudienceDay, long>("monthly_listeners", r => r.MonthlyListeners, (r, v) => r.MonthlyListeners = v),
        new NullableValueColumn<AudienceDay, long>("monthly_active_listeners", r => r.MonthlyActiveListeners, (r, v) => r.MonthlyActiveListeners = v),
        new NullableValueColumn<AudienceDay, long>("super_listeners", r => r.SuperListeners, (r, v) => r.SuperListeners = v),
        new NullableValueColumn<AudienceDay, long>("streams", r => r.Streams, (r, v) => r.Streams = v),
        new NullableValueColumn<AudienceDay, long>("playlist_adds", r => r.PlaylistAdds, (r, v) => r.PlaylistAdds = v),
        new NullableValueColumn<AudienceDay, long>("saves", r => r.Saves, (r, v) => r.Saves = v),
        new NullableValueColumn<AudienceDay, long>("followers", r => r.Followers, (r, v) => r.Followers = v),
        new ValueColumn<AudienceDay, long>("line_no", r => r.LineNo, (r, v) => r.LineNo = v),
        new ValueColumn<AudienceDay, int>("occurrence", r => r.Occurrence, (r, v) => r.Occurrence = v),
        new StringColumn<AudienceDay>("source_sha256", false, r => r.SourceSha256, (r, v) => r.SourceSha256 = v!),
        new StringColumn<AudienceDay>("run_id", false, r => r.RunId, (r, v) => r.RunId = v!),
    ];

    /// <summary>The natural key, in the canonical sort order of curated files.</summary>
    public override ColumnKey<AudienceDay> Key => field ??= new ColumnKey<AudienceDay>(Columns, ["date", "source", "platform", "artist"]);

    public override AudienceDay CreateEmpty() => new();

    public override PartitionKey PartitionOf(AudienceDay row) => PartitionKey.Of(row.Date);
}
