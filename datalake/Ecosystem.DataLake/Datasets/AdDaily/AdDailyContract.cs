using Ecosystem.DataLake.Datasets.Columns;
using Ecosystem.DataLake.Zones;

namespace Ecosystem.DataLake.Datasets.AdDaily;

/// <summary>
/// <c>ad_daily</c>, partitioned by the month the row starts in. Natural key: source, granularity, start, end, account,
/// campaign, ad set, ad, age, gender. A newer export of the same day (Meta restates recent days as late conversions
/// arrive) replaces it; period totals live beside day rows under their own granularity and are never summed with them.
/// </summary>
public sealed class AdDailyContract : DatasetContract<AdRow>
{
    public const string DatasetName = "ad_daily";

    public static AdDailyContract Instance { get; } = new();

    public override string Name => DatasetName;

    public override IReadOnlyList<DatasetColumn<AdRow>> Columns { get; } =
    [
        new StringColumn<AdRow>("source", false, r => r.Source, (r, v) => r.Source = v!),
        new StringColumn<AdRow>("granularity", false, r => r.Granularity, (r, v) => r.Granularity = v!),
        new ValueColumn<AdRow, DateOnly>("date_start", r => r.DateStart, (r, v) => r.DateStart = v),
        new ValueColumn<AdRow, DateOnly>("date_end", r => r.DateEnd, (r, v) => r.DateEnd = v),
        new StringColumn<AdRow>("account", true, r => r.Account, (r, v) => r.Account = v),
        new StringColumn<AdRow>("campaign", false, r => r.Campaign, (r, v) => r.Campaign = v!),
        new StringColumn<AdRow>("ad_set", true, r => r.AdSet, (r, v) => r.AdSet = v),
        new StringColumn<AdRow>("ad", true, r => r.Ad, (r, v) => r.Ad = v),
        new StringColumn<AdRow>("age", true, r => r.Age, (r, v) => r.Age = v),
        new StringColumn<AdRow>("gender", true, r => r.Gender, (r, v) => r.Gender = v),
        new StringColumn<AdRow>("currency", false, r => r.Currency, (r, v) => r.Currency = v!),
        new DecimalColumn<AdRow>("spend", r => r.Spend, (r, v) => r.Spend = v, nullable: true),
        new NullableValueColumn<AdRow, long>("impressions", r => r.Impressions, (r, v) => r.Impressions = v),
        new NullableValueColumn<AdRow, long>("reach", r => r.Reach, (r, v) => r.Reach = v),
        new NullableValueColumn<AdRow, long>("clicks", r => r.Clicks, (r, v) => r.Clicks = v),
        new NullableValueColumn<AdRow, long>("link_clicks", r => r.LinkClicks, (r, v) => r.LinkClicks = v),
        new NullableValueColumn<AdRow, long>("results", r => r.Results, (r, v) => r.Results = v),
        new StringColumn<AdRow>("result_indicator", true, r => r.ResultIndicator, (r, v) => r.ResultIndicator = v),
        new ValueColumn<AdRow, long>("line_no", r => r.LineNo, (r, v) => r.LineNo = v),
        new ValueColumn<AdRow, int>("occurrence", r => r.Occurrence, (r, v) => r.Occurrence = v),
        new StringColumn<AdRow>("source_sha256", false, r => r.SourceSha256, (r, v) => r.SourceSha256 = v!),
        new StringColumn<AdRow>("run_id", false, r => r.RunId, (r, v) => r.RunId = v!),
    ];

    /// <summary>The natural key, in the canonical sort order of curated files.</summary>
    public override ColumnKey<AdRow> Key => field ??= new ColumnKey<AdRow>(Columns, ["date_start", "date_end", "source", "granularity", "account", "campaign", "ad_set", "ad", "age", "gender"]);

    public override AdRow CreateEmpty() => new();

    public override PartitionKey PartitionOf(AdRow row) => PartitionKey.Of(row.DateStart);
}
