using Ecosystem.DataLake.Datasets.Columns;
using Ecosystem.DataLake.Zones;

namespace Ecosystem.DataLake.Datasets.RoyaltyLines;

/// <summary>
/// <c>royalty_line</c>, partitioned by sale month. Natural key: source, reporting date, sale month, store, artist,
/// title, ISRC, UPC, product kind, country, plus the occurrence counter. Quantity and money are values: a restated line
/// (same key in a newer statement) replaces the older one instead of adding to it.
/// </summary>
public sealed class RoyaltyLineContract : DatasetContract<RoyaltyLine>
{
    public const string DatasetName = "royalty_line";

    public static RoyaltyLineContract Instance { get; } = new();

    public override string Name => DatasetName;

    public override IReadOnlyList<DatasetColumn<RoyaltyLine>> Columns { get; } =
    [
        new StringColumn<RoyaltyLine>("source", false, r => r.Source, (r, v) => r.Source = v!),
        new ValueColumn<RoyaltyLine, DateOnly>("reporting_date", r => r.ReportingDate, (r, v) => r.ReportingDate = v),
        new ValueColumn<RoyaltyLine, DateOnly>("sale_month", r => r.SaleMonth, (r, v) => r.SaleMonth = v),
        new StringColumn<RoyaltyLine>("store", false, r => r.Store, (r, v) => r.Store = v!),
        new StringColumn<RoyaltyLine>("artist", false, r => r.Artist, (r, v) => r.Artist = v!),
        new StringColumn<RoyaltyLine>("title", false, r => r.Title, (r, v) => r.Title = v!),
        new StringColumn<RoyaltyLine>("isrc", true, r => r.Isrc, (r, v) => r.Isrc = v),
        new StringColumn<RoyaltyLine>("upc", true, r => r.Upc, (r, v) => r.Upc = v),
        new StringColumn<RoyaltyLine>("product_kind", false, r => r.ProductKind, (r, v) => r.ProductKind = v!),
        new StringColumn<RoyaltyLine>("country", true, r => r.Country, (r, v) => r.Country = v),
        new ValueColumn<RoyaltyLine, long>("quantity", r => r.Quantity, (r, v) => r.Quantity = v),
        new StringColumn<RoyaltyLine>("unit_kind", false, r => r.UnitKind, (r, v) => r.UnitKind = v!),
        new DecimalColumn<RoyaltyLine>("amount", r => r.Amount, (r, v) => r.Amount = v!.Value, nullable: false),
        new StringColumn<RoyaltyLine>("currency", false, r => r.Currency, (r, v) => r.Currency = v!),
        new DecimalColumn<RoyaltyLine>("team_pct", r => r.TeamPct, (r, v) => r.TeamPct = v, nullable: true),
        new DecimalColumn<RoyaltyLine>("songwriter_withheld", r => r.SongwriterWithheld, (r, v) => r.SongwriterWithheld = v, nullable: true),
        new DecimalColumn<RoyaltyLine>("recoup", r => r.Recoup, (r, v) => r.Recoup = v, nullable: true),
        new NullableValueColumn<RoyaltyLine, DateOnly>("date_inserted", r => r.DateInserted, (r, v) => r.DateInserted = v),
        new ValueColumn<RoyaltyLine, bool>("is_adjustment", r => r.IsAdjustment, (r, v) => r.IsAdjustment = v),
        new ValueColumn<RoyaltyLine, long>("line_no", r => r.LineNo, (r, v) => r.LineNo = v),
        new ValueColumn<RoyaltyLine, int>("occurrence", r => r.Occurrence, (r, v) => r.Occurrence = v),
        new StringColumn<RoyaltyLine>("source_sha256", false, r => r.SourceSha256, (r, v) => r.SourceSha256 = v!),
        new StringColumn<RoyaltyLine>("run_id", false, r => r.RunId, (r, v) => r.RunId = v!),
    ];

    public override ColumnKey<RoyaltyLine> Key => field ??= new ColumnKey<RoyaltyLine>(Columns, ["reporting_date", "sale_month", "source", "store", "artist", "title", "isrc", "upc", "product_kind", "country"]);

    public override RoyaltyLine CreateEmpty() => new();

    public override PartitionKey PartitionOf(RoyaltyLine row) => PartitionKey.Of(row.SaleMonth);
}
