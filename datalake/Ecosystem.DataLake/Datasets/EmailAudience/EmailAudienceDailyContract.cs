using Ecosystem.DataLake.Datasets.Columns;
using Ecosystem.DataLake.Zones;

namespace Ecosystem.DataLake.Datasets.EmailAudience;

/// <summary>
/// <c>email_audience_daily</c>, partitioned by the day's month. Natural key: source, audience, date, metric. An audience
/// export is the list as it stands, so a newer export's counts replace the older one's for the same days.
/// </summary>
public sealed class EmailAudienceDailyContract : DatasetContract<EmailAudienceDay>
{
    public const string DatasetName = "email_audience_daily";

    public static EmailAudienceDailyContract Instance { get; } = new();

    public override string Name => DatasetName;

    public override IReadOnlyList<DatasetColumn<EmailAudienceDay>> Columns { get; } =
    [
        new StringColumn<EmailAudienceDay>("source", false, r => r.Source, (r, v) => r.Source = v!),
        new StringColumn<EmailAudienceDay>("audience", true, r => r.Audience, (r, v) => r.Audience = v),
        new ValueColumn<EmailAudienceDay, DateOnly>("date", r => r.Date, (r, v) => r.Date = v),
        new StringColumn<EmailAudienceDay>("metric", false, r => r.Metric, (r, v) => r.Metric = v!),
        new ValueColumn<EmailAudienceDay, long>("value", r => r.Value, (r, v) => r.Value = v),
        new ValueColumn<EmailAudienceDay, long>("line_no", r => r.LineNo, (r, v) => r.LineNo = v),
        new ValueColumn<EmailAudienceDay, int>("occurrence", r => r.Occurrence, (r, v) => r.Occurrence = v),
        new StringColumn<EmailAudienceDay>("source_sha256", false, r => r.SourceSha256, (r, v) => r.SourceSha256 = v!),
        new StringColumn<EmailAudienceDay>("run_id", false, r => r.RunId, (r, v) => r.RunId = v!),
    ];

    public override ColumnKey<EmailAudienceDay> Key => field ??= new ColumnKey<EmailAudienceDay>(Columns, ["date", "source", "audience", "metric"]);

    public override EmailAudienceDay CreateEmpty() => new();

    public override PartitionKey PartitionOf(EmailAudienceDay row) => PartitionKey.Of(row.Date);
}
