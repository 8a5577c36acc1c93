using Ecosystem.DataLake.Datasets.Columns;
using Ecosystem.DataLake.Zones;

namespace Ecosystem.DataLake.Datasets.FxRates;

/// <summary>
/// <c>fx_rate</c>, partitioned by the rate's month. Natural key: source, date, currency — a corrected rate in a newer
/// sheet replaces the old one for that day.
/// </summary>
public sealed class FxRateContract : DatasetContract<FxRate>
{
    public const string DatasetName = "fx_rate";

    public static FxRateContract Instance { get; } = new();

    public override string Name => DatasetName;

    public override IReadOnlyList<DatasetColumn<FxRate>> Columns { get; } =
    [
        new StringColumn<FxRate>("source", false, r => r.Source, (r, v) => r.Source = v!),
        new ValueColumn<FxRate, DateOnly>("date", r => r.Date, (r, v) => r.Date = v),
        new StringColumn<FxRate>("currency", false, r => r.Currency, (r, v) => r.Currency = v!),
        new DecimalColumn<FxRate>("usd_per_unit", r => r.UsdPerUnit, (r, v) => r.UsdPerUnit = v!.Value, nullable: false),
        new ValueColumn<FxRate, long>("line_no", r => r.LineNo, (r, v) => r.LineNo = v),
        new ValueColumn<FxRate, int>("occurrence", r => r.Occurrence, (r, v) => r.Occurrence = v),
        new StringColumn<FxRate>("source_sha256", false, r => r.SourceSha256, (r, v) => r.SourceSha256 = v!),
        new StringColumn<FxRate>("run_id", false, r => r.RunId, (r, v) => r.RunId = v!),
    ];

    public override ColumnKey<FxRate> Key => field ??= new ColumnKey<FxRate>(Columns, ["date", "source", "currency"]);

    public override FxRate CreateEmpty() => new();

    public override PartitionKey PartitionOf(FxRate row) => PartitionKey.Of(row.Date);
}
