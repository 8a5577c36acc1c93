using System.Globalization;
using Ecosystem.DataLake.Datasets;
using Ecosystem.DataLake.Datasets.SocialPosts;
using Ecosystem.DataLake.Formats;
using Ecosystem.DataLake.Formats.Text;
using Sylvan.Data.Csv;

namespace Ecosystem.DataLake.Sources.YouTube;

/// <summary>
/// YouTube Studio's "Advanced mode" export, content table (<c>Table data.csv</c> in its ZIP; SOURCES.md §11c):
/// <c>Content,Video title,Video publish time,Duration,Views,Average view duration,…,Subscribers,Likes</c>. The first row
/// is the <c>Total</c> of the others and is skipped (never a post of its own); publish times like <c>Oct 3, 2026</c>;
/// durations as seconds or <c>h:mm:ss</c>. Into <c>social_post</c> as the snapshot of the day it landed.
/// </summary>
public sealed class YouTubeStudioContentHandler : SourceHandler<SocialPost>
{
    public const string FormatId = "youtube.studio_content";

    private static readonly HeaderAliases Aliases = new HeaderAliases()
        .Add("content", "en", "Content").Add("title", "en", "Video title").Add("published", "en", "Video publish time").Add("duration", "en", "Duration")
        .Add("views", "en", "Views").Add("average view duration", "en", "Average view duration").Add("average percentage viewed", "en", "Average percentage viewed (%)")
        .Add("subscribers", "en", "Subscribers").Add("likes", "en", "Likes").Add("comments", "en", "Comments added").Add("shares", "en", "Shares")
        .Add("watch time", "en", "Watch time (hours)").Add("impressions", "en", "Impressions").Add("ctr", "en", "Impressions click-through rate (%)");

    public override string Source => YouTubeAnalyticsHandler.SourceId;

    public override string Format => FormatId;

    public override DatasetContract<SocialPost> Contract => SocialPostContract.Instance;

    public override FormatMatch Match(HeaderSample sample)
    {
        if (CsvTableReader.FirstHeader(sample, Aliases) is not { } header)
        {
            return FormatMatch.None;
        }

        if (!header.HasAll("content", "title", "views"))
        {
            return FormatMatch.None;
        }

        return header.Unknown.Count > 0
            ? FormatMatch.Variant($"unknown YouTube Studio content table layout (unexpected: {string.Join(", ", header.Unknown)})")
            : FormatMatch.Of("content-table");
    }

    public override IEnumerable<ParsedRow<SocialPost>> Parse(TextReader reader, ParseContext context)
    {
        var asOf = context.LandedOn ?? throw new InvalidDataException("A content table is a snapshot of its day, and the landing day is unknown.");
        var found = CsvTableReader.ReadHeader(reader, cells => HeaderMap.Read(cells, Aliases).HasAll("content", "title", "views"), maxLeadingLines: 2)
            ?? throw new InvalidDataException("No YouTube Studio content header within the first lines.");
        var header = HeaderMap.Read(found.Cells, Aliases);
        foreach (var (csv, lineNo) in CsvTableReader.Records(reader, found))
        {
            if (CsvTableReader.Field(csv, header["content"]).Equals("Total", StringComparison.OrdinalIgnoreCase))
            {
                continue; // the Total row sums the others
            }

            yield return ParseRow(csv, header, lineNo, asOf, context);
        }
    }

    private static ParsedRow<SocialPost> ParseRow(CsvDataReader csv, HeaderMap header, long lineNo, DateOnly asOf, ParseContext context)
    {
        ParsedRow<SocialPost> Reject(string reason) => ParsedRow<SocialPost>.Rejected(CsvRecords.Reject(csv, lineNo, reason));
        ReadOnlySpan<char> Field(string column) => CsvTableReader.Field(csv, header.IndexOf(column));

        if (csv.RowFieldCount != header.ColumnCount)
        {
            return Reject($"expected {header.ColumnCount} fields as in the header, found {csv.RowFieldCount}");
        }

        var publishedText = Field("published").ToString();
        DateOnly? published = null;
        if (publishedText.Length > 0)
        {
            if (!DateOnly.TryParseExact(publishedText, ["MMM d, yyyy", "MMMM d, yyyy", "yyyy-MM-dd"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                return Reject($"video publish time '{publishedText}' is not a date like 'Oct 3, 2026'");
            }

            published = date;
        }

        if (!SocialNumbers.TrySeconds(Field("duration"), out var duration) || !SocialNumbers.TrySeconds(Field("average view duration"), out var average))
        {
            return Reject("duration and average view duration must be seconds or h:mm:ss");
        }

        var post = new SocialPost
        {
            Source = YouTubeAnalyticsHandler.SourceId,
            Platform = YouTubeAnalyticsHandler.Platform,
            PostId = Field("content").ToString(),
            AsOf = asOf,
            Title = Field("title").ToString(),
            Url = $"https://www.youtube.com/watch?v={Field("content").ToString()}",
            PostType = "video",
            PublishedDate = published,
            PublishedLocal = publishedText.Length == 0 ? null : publishedText,
            DurationSeconds = duration is { } d ? (long)d : null,
            AverageWatchSeconds = average,
            LineNo = lineNo,
            SourceSha256 = context.SourceSha256,
            RunId = context.RunId,
        };
        (string Column, Action<long> Set)[] counts =
            [("views", v => post.Views = v), ("likes", v => post.Likes = v), ("subscribers", v => post.Follows = v), ("comments", v => post.Comments = v), ("shares", v => post.Shares = v)];
        foreach (var (column, set) in counts)
        {
            switch (CountParser.TryParse(Field(column), out var value))
            {
                case CountParser.Result.Value:
                    set(value);
                    break;
                case CountParser.Result.Invalid:
                    return Reject($"{column} '{Field(column)}' is not a count");
            }
        }

        return ParsedRow<SocialPost>.Accepted(post);
    }
}
