using Ecosystem.DataLake.Datasets.Columns;
using Ecosystem.DataLake.Zones;

namespace Ecosystem.DataLake.Datasets.RightsSplits;

/// <summary>
/// <c>rights_split</c>, partitioned by the month the sheet landed. Natural key: source, as-of day, ISRC, artist, title,
/// rights holder, valid from (two versions of the sheet on one day: the later one wins line by line).
/// </summary>
public sealed class RightsSplitContract : DatasetContract<RightsSplit>
{
    public const string DatasetName = "rights_split";

    public static RightsSplitContract Instance { get; } = new();

    public override string Name => DatasetName;

    public override IReadOnlyList<DatasetColumn<RightsSplit>> Columns { get; } =
    [
        new StringColumn<RightsSplit>("source", false, r => r.Source, (r, v) => r.Source = v!),
        new ValueColumn<RightsSplit, DateOnly>("as_of", r => r.AsOf, (r, v) => r.AsOf = v),
        new StringColumn<RightsSplit>("artist", false, r => r.Artist, (r, v) => r.Artist = v!),
        new StringColumn<RightsSplit>("title", false, r => r.Title, (r, v) => r.Title = v!),
        new StringColumn<RightsSplit>("isrc", true, r => r.Isrc, (r, v) => r.Isrc = v),
        new StringColumn<RightsSplit>("upc", true, r => r.Upc, (r, v) => r.Upc = v),
        new NullableValueColumn<RightsSplit, DateOnly>("release_date", r => r.ReleaseDate, (r, v) => r.ReleaseDate = v),
        new StringColumn<RightsSplit>("release_type", true, r => r.ReleaseType, (r, v) => r.ReleaseType = v),
        new StringColumn<RightsSplit>("rights_holder", true, r => r.RightsHolder, (r, v) => r.RightsHolder = v),
        new DecimalColumn<RightsSplit>("share_pct", r => r.SharePct, (r, v) => r.SharePct = v, nullable: true),
        new NullableValueColumn<RightsSplit, DateOnly>("valid_from", r => r.ValidFrom, (r, v) => r.ValidFrom = v),
        new NullableValueColumn<RightsSplit, DateOnly>("valid_to", r => r.ValidTo, (r, v) => r.ValidTo = v),
        new ValueColumn<RightsSplit, long>("line_no", r => r.LineNo, (r, v) => r.LineNo = v),
        new ValueColumn<RightsSplit, int>("occurrence", r => r.Occurrence, (r, v) => r.Occurrence = v),
        new StringColumn<RightsSplit>("source_sha256", false, r => r.SourceSha256, (r, v) => r.SourceSha256 = v!),
        new StringColumn<RightsSplit>("run_id", false, r => r.RunId, (r, v) => r.RunId = v!),
    ];

    public override ColumnKey<RightsSplit> Key => field ??= new ColumnKey<RightsSplit>(Columns, ["as_of", "source", "isrc", "artist", "title", "rights_holder", "valid_from"]);

    public override RightsSplit CreateEmpty() => new();

    public override PartitionKey PartitionOf(RightsSplit row) => PartitionKey.Of(row.AsOf);
}
