using Ecosystem.DataLake.Datasets.Columns;
using Ecosystem.DataLake.Zones;

namespace Ecosystem.DataLake.Datasets.SocialDaily;

/// <summary>
/// <c>social_daily</c>, partitioned by the day's month. Natural key: source, platform, account, date, metric. A newer
/// export replaces the days and metrics it states; other metrics of the same day (from another file of the same
/// export) and days outside its window stay.
/// </summary>
public sealed class SocialDailyContract : DatasetContract<SocialDay>
{
    public const string DatasetName = "social_daily";

    public static SocialDailyContract Instance { get; } = new();

    public override string Name => DatasetName;

    public override IReadOnlyList<DatasetColumn<SocialDay>> Columns { get; } =
    [
        new StringColumn<SocialDay>("source", false, r => r.Source, (r, v) => r.Source = v!),
        new StringColumn<SocialDay>("platform", false, r => r.Platform, (r, v) => r.Platform = v!),
        new StringColumn<SocialDay>("account", true, r => r.Account, (r, v) => r.Account = v),
        new ValueColumn<SocialDay, DateOnly>("date", r => r.Date, (r, v) => r.Date = v),
        new StringColumn<SocialDay>("metric", false, r => r.Metric, (r, v) => r.Metric = v!),
        new ValueColumn<SocialDay, long>("value", r => r.Value, (r, v) => r.Value = v),
        new ValueColumn<SocialDay, long>("line_no", r => r.LineNo, (r, v) => r.LineNo = v),
        new ValueColumn<SocialDay, int>("occurrence", r => r.Occurrence, (r, v) => r.Occurrence = v),
        new StringColumn<SocialDay>("source_sha256", false, r => r.SourceSha256, (r, v) => r.SourceSha256 = v!),
        new StringColumn<SocialDay>("run_id", false, r => r.RunId, (r, v) => r.RunId = v!),
    ];

    /// <summary>The natural key, in the canonical sort order of curated files.</summary>
    public override ColumnKey<SocialDay> Key => field ??= new ColumnKey<SocialDay>(Columns, ["date", "source", "platform", "account", "metric"]);

    public override SocialDay CreateEmpty() => new();

    public override PartitionKey PartitionOf(SocialDay row) => PartitionKey.Of(row.Date);
}
