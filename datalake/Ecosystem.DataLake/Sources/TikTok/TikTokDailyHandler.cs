using Ecosystem.DataLake.Datasets;
using Ecosystem.DataLake.Datasets.SocialDaily;
using Ecosystem.DataLake.Formats;
using Ecosystem.DataLake.Formats.Text;

namespace Ecosystem.DataLake.Sources.TikTok;

/// <summary>
/// A TikTok Studio daily file (SOURCES.md §7): UTF-8 with BOM, every field quoted, no trailing newline, localized
/// headers, and days without a year (<c>"December 31"</c>) placed in time by <see cref="TikTokExportWindow"/>. Each
/// cell becomes one <c>social_daily</c> row (metric, value); <c>undefined</c>/<c>NaN</c>/empty cells are no value and
/// give no row; negative values are kept (comment deletions, follower losses).
/// </summary>
public abstract class TikTokDailyHandler : SourceHandler<SocialDay>
{
    private readonly TikTokDailyFile _file;

    private protected TikTokDailyHandler(TikTokDailyFile file)
    {
        _file = file;
    }

    public override string Source => TikTokColumns.SourceId;

    public override string Format => _file.FormatId;

    public override DatasetContract<SocialDay> Contract => SocialDailyContract.Instance;

    public override FormatMatch Match(HeaderSample sample)
    {
        if (CsvTableReader.FirstHeader(sample, TikTokColumns.Aliases) is not { } header)
        {
            return FormatMatch.None;
        }

        // Another export with a date and a "followers" column (Spotify's audience timeline) is mostly names TikTok never uses.
        var known = header.ColumnCount - header.Unknown.Count;
        if (!header.Has(TikTokColumns.Date) || !header.Has(_file.Signature) || Claims(header) != Format || header.Unknown.Count >= known)
        {
            return FormatMatch.None;
        }

        return Problem(header) is { } problem ? FormatMatch.Variant(problem) : FormatMatch.Of(header.Language ?? "en");
    }

    public override IEnumerable<ParsedRow<SocialDay>> Parse(TextReader reader, ParseContext context) =>
        new TikTokDailyParser(reader, context, _file, header => Problem(header)).Parse();

    /// <summary>Which kind of file a header with these columns is: the kinds' signatures never overlap.</summary>
    private static string? Claims(HeaderMap header) =>
        header.Has(SocialMetrics.Views) ? TikTokDailyFile.Overview.FormatId
        : header.Has(SocialMetrics.Viewers) ? TikTokDailyFile.Viewers.FormatId
        : header.Has(SocialMetrics.Followers) ? TikTokDailyFile.FollowerHistory.FormatId
        : null;

    private string? Problem(HeaderMap header)
    {
        var missing = header.Missing(_file.Required);
        var extra = header.Columns.Where(c => c != TikTokColumns.Date && !_file.Required.Contains(c) && !_file.Optional.Contains(c)).ToList();
        if (missing.Count == 0 && extra.Count == 0 && header.Unknown.Count == 0 && header.Repeated.Count == 0)
        {
            return null;
        }

        var unexpected = header.Unknown.Concat(extra).Concat(header.Repeated).ToList();
        return $"unknown TikTok Studio {_file.FormatId} layout (missing: {HeaderMap.Describe(missing)}; unexpected: {HeaderMap.Describe(unexpected)})";
    }
}

/// <summary>TikTok Studio <c>Overview.csv</c> → views, profile views, likes, comments, shares per day.</summary>
public sealed class TikTokOverviewHandler() : TikTokDailyHandler(TikTokDailyFile.Overview);

/// <summary>TikTok Studio <c>FollowerHistory.csv</c> → followers and the day's change.</summary>
public sealed class TikTokFollowerHistoryHandler() : TikTokDailyHandler(TikTokDailyFile.FollowerHistory);

/// <summary>TikTok Studio <c>Viewers.csv</c> → total, new and returning viewers per day.</summary>
public sealed class TikTokViewersHandler() : TikTokDailyHandler(TikTokDailyFile.Viewers);
