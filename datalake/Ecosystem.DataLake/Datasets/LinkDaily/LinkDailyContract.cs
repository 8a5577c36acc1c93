using Ecosystem.DataLake.Datasets.Columns;
using Ecosystem.DataLake.Zones;

namespace Ecosystem.DataLake.Datasets.LinkDaily;

/// <summary>
/// <c>link_daily</c>, partitioned by the day's month. Natural key: source, profile, link, date. Click-through rates are
/// not stored: they are ratios of sums, computed where they are shown.
/// </summary>
public sealed class LinkDailyContract : DatasetContract<LinkDay>
{
    public const string DatasetName = "link_daily";

    public static LinkDailyContract Instance { get; } = new();

    public override string Name => DatasetName;

    public override IReadOnlyList<DatasetColumn<LinkDay>> Columns { get; } =
    [
        new StringColumn<LinkDay>("source", false, r => r.Source, (r, v) => r.Source = v!),
        new ValueColumn<LinkDay, DateOnly>("date", r => r.Date, (r, v) => r.Date = v),
        new StringColumn<LinkDay>("profile", true, r => r.Profile, (r, v) => r.Profile = v),
        new StringColumn<LinkDay>("link", true, r => r.Link, (r, v) => r.Link = v),
        new NullableValueColumn<LinkDay, long>("views", r => r.Views, (r, v) => r.Views = v),
        new NullableValueColumn<LinkDay, long>("unique_views", r => r.UniqueViews, (r, v) => r.UniqueViews = v),
        new NullableValueColumn<LinkDay, long>("clicks", r => r.Clicks, (r, v) => r.Clicks = v),
        new NullableValueColumn<LinkDay, long>("unique_clicks", r => r.UniqueClicks, (r, v) => r.UniqueClicks = v),
        new ValueColumn<LinkDay, long>("line_no", r => r.LineNo, (r, v) => r.LineNo = v),
        new ValueColumn<LinkDay, int>("occurrence", r => r.Occurrence, (r, v) => r.Occurrence = v),
        new StringColumn<LinkDay>("source_sha256", false, r => r.SourceSha256, (r, v) => r.SourceSha256 = v!),
        new StringColumn<LinkDay>("run_id", false, r => r.RunId, (r, v) => r.RunId = v!),
    ];

    public override ColumnKey<LinkDay> Key => field ??= new ColumnKey<LinkDay>(Columns, ["date", "source", "profile", "link"]);

    public override LinkDay CreateEmpty() => new();

    public override PartitionKey PartitionOf(LinkDay row) => PartitionKey.Of(row.Date);
}
