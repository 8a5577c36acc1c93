using System.Text.RegularExpressions;
using Ecosystem.DataLake.Datasets;
using Ecosystem.DataLake.Datasets.SocialPosts;
using Ecosystem.DataLake.Formats;
using Ecosystem.DataLake.Formats.Text;
using Sylvan.Data.Csv;

namespace Ecosystem.DataLake.Sources.TikTok;

/// <summary>
/// TikTok Studio <c>Content.csv</c> (SOURCES.md §7): one row per video, in several header variants (<c>Post time</c> or
/// <c>Video publish time</c>, optional average watch time, play time, full views and favorites), mapped by name. The
/// video id comes from the link (<c>/video/&lt;19 digits&gt;</c>, query string dropped); counts may be <c>"18,400"</c>
/// or abbreviated (<c>1.2K</c>, expanded and marked rounded); watch time as seconds or <c>m:ss</c>; full views as a
/// fraction or a percent. Into <c>social_post</c> as a snapshot of the export's day.
/// </summary>
public sealed partial class TikTokContentHandler : SourceHandler<SocialPost>
{
    public const string FormatId = "tiktok.content";

    private const string Title = "title";
    private const string Link = "link";
    private const string Published = "published";
    private const string Views = "views";
    private const string Likes = "likes";
    private const string Comments = "comments";
    private const string Shares = "shares";
    private const string Saves = "saves";
    private const string AverageWatch = "average watch";
    private const string PlayTime = "play time";
    private const string WatchedFull = "watched full";

    private static readonly HeaderAliases Aliases = new HeaderAliases()
        .Add(Title, "en", "Video title").Add(Link, "en", "Video link").Add(Published, "en", "Post time", "Video publish time")
        .Add(Views, "en", "Total views").Add(Likes, "en", "Total likes").Add(Comments, "en", "Total comments").Add(Shares, "en", "Total shares")
        .Add(Saves, "en", "Add to favorites").Add(AverageWatch, "en", "Average watch time").Add(PlayTime, "en", "Total play time")
        .Add(WatchedFull, "en", "Watched full video");

    public override string Source => TikTokColumns.SourceId;

    public override string Format => FormatId;

    public override DatasetContract<SocialPost> Contract => SocialPostContract.Instance;

    public override FormatMatch Match(HeaderSample sample)
    {
        if (CsvTableReader.FirstHeader(sample, Aliases) is not { } header)
        {
            return FormatMatch.None;
        }

        if (!header.HasAll(Title, Link))
        {
            return FormatMatch.None;
        }

        var missing = header.Missing([Published, Views, Likes, Comments, Shares]);
        return missing.Count > 0 || header.Unknown.Count > 0
            ? FormatMatch.Variant($"unknown TikTok Studio Content layout (missing: {HeaderMap.Describe(missing)}; unexpected: {HeaderMap.Describe(header.Unknown)})")
            : FormatMatch.Of(header.Has(AverageWatch) ? "with-watch-time" : "counts");
    }

    public override IEnumerable<ParsedRow<SocialPost>> Parse(TextReader reader, ParseContext context)
    {
        var asOf = TikTokExportWindow.ExportDay(context.OriginalName, context.LandedOn)
            ?? throw new InvalidDataException("A content export is a snapshot of its day, and neither its name nor its landing day says which.");
        var found = CsvTableReader.ReadHeader(reader, cells => HeaderMap.Read(cells, Aliases).HasAll(Title, Link), maxLeadingLines: 2)
            ?? throw new InvalidDataException("No TikTok Content header within the first lines.");
        var header = HeaderMap.Read(found.Cells, Aliases);
        var account = TikTokExportWindow.HandleOf(context.OriginalName);
        foreach (var (csv, lineNo) in CsvTableReader.Records(reader, found))
        {
            yield return ParseRow(csv, header, lineNo, asOf, account, context);
        }
    }

    private static ParsedRow<SocialPost> ParseRow(CsvDataReader csv, HeaderMap header, long lineNo, DateOnly asOf, string? account, ParseContext context)
    {
        ParsedRow<SocialPost> Reject(string reason) => ParsedRow<SocialPost>.Rejected(CsvRecords.Reject(csv, lineNo, reason));
        ReadOnlySpan<char> Field(string column) => CsvTableReader.Field(csv, header.IndexOf(column));

        if (csv.RowFieldCount != header.ColumnCount)
        {
            return Reject($"expected {header.ColumnCount} fields as in the header, found {csv.RowFieldCount}");
        }

        var link = Field(Link).ToString();
        var id = VideoId().Match(link);
        if (!id.Success)
        {
            return Reject($"video link '{link}' has no /video/<id>");
        }

        var published = Field(Published);
        if (!DateParsers.TryParseDate(published, DayMonthOrder.MonthFirst, out var publishedDate))
        {
            return Reject($"publish time '{published}' is not a date");
        }

        var post = new SocialPost
        {
            Source = TikTokColumns.SourceId,
            Platform = TikTokColumns.Platform,
            Account = account,
            PostId = id.Groups["id"].Value,
            AsOf = asOf,
            Title = Field(Title).ToString(),
            Url = link.Split('?')[0],
            PostType = "video",
            PublishedDate = publishedDate,
            PublishedLocal = published.ToString(),
            LineNo = lineNo,
            SourceSha256 = context.SourceSha256,
            RunId = context.RunId,
        };
        foreach (var (column, set) in Counts)
        {
            if (!header.Has(column))
            {
                continue;
            }

            switch (SocialNumbers.TryCount(Field(column), out var value, out var rounded))
            {
                case CountParser.Result.Value:
                    set(post, value);
                    post.CountsRounded |= rounded;
                    break;
                case CountParser.Result.Invalid:
                    return Reject($"{column} '{Field(column)}' is not a count");
            }
        }

        if (!SocialNumbers.TrySeconds(Field(AverageWatch), out var watch))
        {
            return Reject($"average watch time '{Field(AverageWatch)}' is not seconds or m:ss");
        }

        if (!SocialNumbers.TryShare(Field(WatchedFull), out var full))
        {
            return Reject($"watched full video '{Field(WatchedFull)}' is not a fraction or a percent");
        }

        post.AverageWatchSeconds = watch;
        post.WatchedFullShare = full;
        return ParsedRow<SocialPost>.Accepted(post);
    }

    private static readonly (string Column, Action<SocialPost, long> Set)[] Counts =
    [
        (Views, (post, value) => post.Views = value),
        (Likes, (post, value) => post.Likes = value),
        (Comments, (post, value) => post.Comments = value),
        (Shares, (post, value) => post.Shares = value),
        (Saves, (post, value) => post.Saves = value),
    ];

    [GeneratedRegex(@"/video/(?<id>\d{19})", RegexOptions.CultureInvariant)]
    private static partial Regex VideoId();
}
