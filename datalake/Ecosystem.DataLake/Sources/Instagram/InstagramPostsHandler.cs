using Ecosystem.DataLake.Datasets;
using Ecosystem.DataLake.Datasets.SocialPosts;
using Ecosystem.DataLake.Formats;
using Ecosystem.DataLake.Formats.Text;
using Sylvan.Data.Csv;

namespace Ecosystem.DataLake.Sources.Instagram;

/// <summary>
/// Instagram's per-post export (SOURCES.md §8b): <c>Post ID, Account ID, Account username, Account name, Description,
/// Duration (sec), Publish time, Permalink, Post type, Views, Reach, Likes, Shares, Follows, Comments, Saves</c>, publish
/// times <c>MM/DD/YYYY HH:mm</c>, counts like <c>"12,400"</c>. Into <c>social_post</c> as the snapshot of the day it landed.
/// </summary>
public sealed class InstagramPostsHandler : SourceHandler<SocialPost>
{
    public const string FormatId = "instagram.posts";

    private static readonly string[] Known =
        ["post id", "account id", "account username", "account name", "description", "duration (sec)", "publish time", "permalink", "post type", "views", "reach", "likes", "shares", "follows", "comments", "saves"];

    private static readonly HeaderAliases Aliases = Build();

    public override string Source => InstagramInsightsHandler.SourceId;

    public override string Format => FormatId;

    public override DatasetContract<SocialPost> Contract => SocialPostContract.Instance;

    public override FormatMatch Match(HeaderSample sample)
    {
        if (CsvTableReader.FirstHeader(sample, Aliases) is not { } header)
        {
            return FormatMatch.None;
        }

        if (!header.HasAll("post id", "permalink", "publish time"))
        {
            return FormatMatch.None;
        }

        return header.Unknown.Count > 0 || header.Missing(["views", "likes", "comments"]).Count > 0
            ? FormatMatch.Variant($"unknown Instagram posts layout (unexpected: {HeaderMap.Describe(header.Unknown)})")
            : FormatMatch.Of("posts");
    }

    public override IEnumerable<ParsedRow<SocialPost>> Parse(TextReader reader, ParseContext context)
    {
        var asOf = context.LandedOn ?? throw new InvalidDataException("A posts export is a snapshot of its day, and the landing day is unknown.");
        var found = CsvTableReader.ReadHeader(reader, cells => HeaderMap.Read(cells, Aliases).HasAll("post id", "permalink"), maxLeadingLines: 2)
            ?? throw new InvalidDataException("No Instagram posts header within the first lines.");
        var header = HeaderMap.Read(found.Cells, Aliases);
        foreach (var (csv, lineNo) in CsvTableReader.Records(reader, found))
        {
            yield return ParseRow(csv, header, lineNo, asOf, context);
        }
    }

    private static ParsedRow<SocialPost> ParseRow(CsvDataReader csv, HeaderMap header, long lineNo, DateOnly asOf, ParseContext context)
    {
        ParsedRow<SocialPost> Reject(string reason) => ParsedRow<SocialPost>.Rejected(CsvRecords.Reject(csv, lineNo, reason));
        ReadOnlySpan<char> Field(string column) => CsvTableReader.Field(csv, header.IndexOf(column));
        string? Text(string column) => Field(column).IsEmpty ? null : Field(column).ToString();

        if (csv.RowFieldCount != header.ColumnCount)
        {
            return Reject($"expected {header.ColumnCount} fields as in the header, found {csv.RowFieldCount}");
        }

        if (Field("post id").IsEmpty)
        {
            return Reject("post id is empty");
        }

        var published = Field("publish time");
        if (!DateParsers.TryParseDate(published, DayMonthOrder.MonthFirst, out var publishedDate))
        {
            return Reject($"publish time '{published}' is not a date");
        }

        var post = new SocialPost
        {
            Source = InstagramInsightsHandler.SourceId,
            Platform = "Instagram",
            Account = Text("account username") ?? Text("account id"),
            PostId = Field("post id").ToString(),
            AsOf = asOf,
            Title = Text("description"),
            Url = Text("permalink"),
            PostType = Text("post type")?.ToLowerInvariant(),
            PublishedDate = publishedDate,
            PublishedLocal = published.ToString(),
            LineNo = lineNo,
            SourceSha256 = context.SourceSha256,
            RunId = context.RunId,
        };
        (string Column, Action<long?> Set)[] counts =
        [
            ("duration (sec)", v => post.DurationSeconds = v), ("views", v => post.Views = v), ("reach", v => post.Reach = v),
            ("likes", v => post.Likes = v), ("shares", v => post.Shares = v), ("follows", v => post.Follows = v),
            ("comments", v => post.Comments = v), ("saves", v => post.Saves = v),
        ];
        foreach (var (column, set) in counts)
        {
            if (!CountParser.TryNonNegative(Field(column), out var value))
            {
                return Reject($"{column} '{Field(column)}' is not a count");
            }

            set(value);
        }

        return ParsedRow<SocialPost>.Accepted(post);
    }

    private static HeaderAliases Build()
    {
        var aliases = new HeaderAliases();
        foreach (var column in Known)
        {
            aliases.Add(column, "en", column);
        }

        return aliases;
    }
}
