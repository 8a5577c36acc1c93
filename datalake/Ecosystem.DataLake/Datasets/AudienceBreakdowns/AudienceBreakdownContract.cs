using Ecosystem.DataLake.Datasets.Columns;
using Ecosystem.DataLake.Zones;

namespace Ecosystem.DataLake.Datasets.AudienceBreakdowns;

/// <summary><c>audience_breakdown</c>, partitioned by the as-of month. Natural key: source, platform, account, as-of, dimension, key.</summary>
public sealed class AudienceBreakdownContract : DatasetContract<AudienceBreakdown>
{
    public const string DatasetName = "audience_breakdown";

    public static AudienceBreakdownContract Instance { get; } = new();

    public override string Name => DatasetName;

    public override IReadOnlyList<DatasetColumn<AudienceBreakdown>> Columns { get; } =
    [
        new StringColumn<AudienceBreakdown>("source", false, r => r.Source, (r, v) => r.Source = v!),
        new StringColumn<AudienceBreakdown>("platform", false, r => r.Platform, (r, v) => r.Platform = v!),
        new StringColumn<AudienceBreakdown>("account", true, r => r.Account, (r, v) => r.Account = v),
        new ValueColumn<AudienceBreakdown, DateOnly>("as_of", r => r.AsOf, (r, v) => r.AsOf = v),
        new StringColumn<AudienceBreakdown>("dimension", false, r => r.Dimension, (r, v) => r.Dimension = v!),
        new StringColumn<AudienceBreakdown>("key", false, r => r.Key, (r, v) => r.Key = v!),
        new StringColumn<AudienceBreakdown>("unit", false, r => r.Unit, (r, v) => r.Unit = v!),
        new DecimalColumn<AudienceBreakdown>("value", r => r.Value, (r, v) => r.Value = v!.Value, nullable: false),
        new ValueColumn<AudienceBreakdown, long>("line_no", r => r.LineNo, (r, v) => r.LineNo = v),
        new ValueColumn<AudienceBreakdown, int>("occurrence", r => r.Occurrence, (r, v) => r.Occurrence = v),
        new StringColumn<AudienceBreakdown>("source_sha256", false, r => r.SourceSha256, (r, v) => r.SourceSha256 = v!),
        new StringColumn<AudienceBreakdown>("run_id", false, r => r.RunId, (r, v) => r.RunId = v!),
    ];

    public override ColumnKey<AudienceBreakdown> Key => field ??= new ColumnKey<AudienceBreakdown>(Columns, ["as_of", "source", "platform", "account", "dimension", "key"]);

    public override AudienceBreakdown CreateEmpty() => new();

    public override PartitionKey PartitionOf(AudienceBreakdown row) => PartitionKey.Of(row.AsOf);
}
