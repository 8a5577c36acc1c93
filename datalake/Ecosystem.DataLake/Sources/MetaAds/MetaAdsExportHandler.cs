using Ecosystem.DataLake.Datasets;
using Ecosystem.DataLake.Datasets.AdDaily;
using Ecosystem.DataLake.Formats;
using Ecosystem.DataLake.Formats.Text;

namespace Ecosystem.DataLake.Sources.MetaAds;

/// <summary>
/// Meta Ads Manager export (SOURCES.md §8a): CSV with <c>,</c> (English) or <c>;</c> (localized), columns by the
/// user's preset, currency in the spend header (<c>Amount spent (EUR)</c>) or a Currency column. Feeds <c>ad_daily</c>:
/// day rows, and whole-period totals kept apart under their own granularity.
/// </summary>
public sealed class MetaAdsExportHandler : SourceHandler<AdRow>
{
    public const string FormatId = "meta_ads.ads_manager_export";

    public override string Source => MetaAdsColumns.SourceId;

    public override string Format => FormatId;

    public override DatasetContract<AdRow> Contract => AdDailyContract.Instance;

    public override FormatMatch Match(HeaderSample sample)
    {
        if (CsvTableReader.FirstHeader(sample, MetaAdsColumns.Aliases) is not { } header)
        {
            return FormatMatch.None;
        }

        if (header.Missing(MetaAdsColumns.Signature).Count > 0)
        {
            return FormatMatch.None;
        }

        if (MetaAdsColumns.Problem(header) is { } problem)
        {
            return FormatMatch.Variant(problem);
        }

        return FormatMatch.Of($"{header.Language ?? "en"}-{(header.Has(MetaAdsColumns.Day) ? "daily" : "period")}");
    }

    public override IEnumerable<ParsedRow<AdRow>> Parse(TextReader reader, ParseContext context) =>
        new MetaAdsExportParser(reader, context).Parse();
}
