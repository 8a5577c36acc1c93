using Ecosystem.DataLake.Datasets;
using Ecosystem.DataLake.Datasets.RightsSplits;
using Ecosystem.DataLake.Formats;
using Ecosystem.DataLake.Formats.Text;
using Sylvan.Data.Csv;

namespace Ecosystem.DataLake.Sources.Catalog;

/// <summary>
/// The catalog-and-rights sheet a label keeps by hand (the template in <c>samples/templates/catalog-rights.csv</c>):
/// <c>artist, title, isrc, upc, release_date, release_type, rights_holder, share_pct, valid_from, valid_to</c>, one line
/// per track and rights holder, columns by name in any order. Into <c>rights_split</c> as the catalog as of the day
/// the sheet landed. Shares are percentages from 0 to 100 (a <c>%</c> sign is allowed); whether a track's shares sum
/// to 100 % is the warehouse's data-quality check, not a reason to refuse the sheet.
/// </summary>
public sealed class CatalogSheetHandler : SourceHandler<RightsSplit>
{
    public const string SourceId = "catalog_sheet";
    public const string FormatId = "catalog_sheet.catalog_rights";

    private const string Artist = "artist";
    private const string Title = "title";
    private const string Isrc = "isrc";
    private const string Upc = "upc";
    private const string ReleaseDate = "release_date";
    private const string ReleaseType = "release_type";
    private const string Holder = "rights_holder";
    private const string Share = "share_pct";
    private const string ValidFrom = "valid_from";
    private const string ValidTo = "valid_to";

    private static readonly HeaderAliases Aliases = new HeaderAliases()
        .Add(Artist, "en", "artist").Add(Title, "en", "title", "track", "track title").Add(Isrc, "en", "isrc").Add(Upc, "en", "upc")
        .Add(ReleaseDate, "en", "release_date", "release date").Add(ReleaseType, "en", "release_type", "release type")
        .Add(Holder, "en", "rights_holder", "rights holder", "holder").Add(Share, "en", "share_pct", "share %", "share (%)", "share")
        .Add(ValidFrom, "en", "valid_from", "valid from").Add(ValidTo, "en", "valid_to", "valid to");

    private static readonly string[] Required = [Artist, Title, Isrc, Holder, Share];

    public override string Source => SourceId;

    public override string Format => FormatId;

    public override DatasetContract<RightsSplit> Contract => RightsSplitContract.Instance;

    public override FormatMatch Match(HeaderSample sample)
    {
        if (CsvTableReader.FirstHeader(sample, Aliases) is not { } header)
        {
            return FormatMatch.None;
        }

        if (!header.HasAll(Isrc, Holder, Share))
        {
            return FormatMatch.None;
        }

        var missing = header.Missing(Required);
        return missing.Count > 0 || header.Unknown.Count > 0 || header.Repeated.Count > 0
            ? FormatMatch.Variant($"not the catalog-and-rights template (missing: {HeaderMap.Describe(missing)}; unexpected: {HeaderMap.Describe(header.Unknown)}; repeated: {HeaderMap.Describe(header.Repeated)})")
            : FormatMatch.Of("template-v1");
    }

    public override IEnumerable<ParsedRow<RightsSplit>> Parse(TextReader reader, ParseContext context)
    {
        var asOf = context.LandedOn ?? throw new InvalidDataException("The catalog sheet is the catalog as of the day it landed, and that day is unknown.");
        var found = CsvTableReader.ReadHeader(reader, cells => HeaderMap.Read(cells, Aliases).HasAll(Isrc, Holder, Share), maxLeadingLines: 2)
            ?? throw new InvalidDataException("No catalog-and-rights header within the first lines.");
        var header = HeaderMap.Read(found.Cells, Aliases);
        foreach (var (csv, lineNo) in CsvTableReader.Records(reader, found))
        {
            yield return ParseRow(csv, header, lineNo, asOf, context);
        }
    }

    private static ParsedRow<RightsSplit> ParseRow(CsvDataReader csv, HeaderMap header, long lineNo, DateOnly asOf, ParseContext context)
    {
        ParsedRow<RightsSplit> Reject(string reason) => ParsedRow<RightsSplit>.Rejected(CsvRecords.Reject(csv, lineNo, reason));
        ReadOnlySpan<char> Field(string column) => CsvTableReader.Field(csv, header.IndexOf(column));

        if (csv.RowFieldCount != header.ColumnCount)
        {
            return Reject($"expected {header.ColumnCount} fields as in the header, found {csv.RowFieldCount}");
        }

        var artist = Field(Artist).ToString();
        var title = Field(Title).ToString();
        if (artist.Length == 0 || title.Length == 0)
        {
            return Reject("artist and title are required");
        }

        var isrc = Field(Isrc).ToString().Replace("-", string.Empty, StringComparison.Ordinal).ToUpperInvariant();
        if (isrc.Length > 0 && (isrc.Length != 12 || !isrc.All(char.IsAsciiLetterOrDigit)))
        {
            return Reject($"ISRC '{Field(Isrc)}' is not 12 letters and digits");
        }

        var holder = Field(Holder).ToString();
        var shareText = Field(Share).TrimEnd('%').Trim();
        decimal? share = null;
        if (!shareText.IsEmpty)
        {
            if (!FieldParsers.TryParseDecimal(shareText, out var pct, out _) || pct < 0 || pct > 100)
            {
                return Reject($"share_pct '{Field(Share)}' is not a percentage from 0 to 100");
            }

            share = pct;
        }

        if ((holder.Length == 0) != (share is null))
        {
            return Reject("a rights holder needs a share, and a share needs a rights holder");
        }

        if (!TryOptionalDate(Field(ReleaseDate), out var releaseDate) || !TryOptionalDate(Field(ValidFrom), out var validFrom) || !TryOptionalDate(Field(ValidTo), out var validTo))
        {
            return Reject("release_date, valid_from and valid_to must be YYYY-MM-DD dates or empty");
        }

        if (validFrom is { } from && validTo is { } to && to < from)
        {
            return Reject($"valid_to {to:O} is before valid_from {from:O}");
        }

        return ParsedRow<RightsSplit>.Accepted(new RightsSplit
        {
            Source = SourceId,
            AsOf = asOf,
            Artist = artist,
            Title = title,
            Isrc = isrc.Length == 0 ? null : isrc,
            Upc = Field(Upc).IsEmpty ? null : Field(Upc).ToString(),
            ReleaseDate = releaseDate,
            ReleaseType = Field(ReleaseType).IsEmpty ? null : Field(ReleaseType).ToString().ToLowerInvariant(),
            RightsHolder = holder.Length == 0 ? null : holder,
            SharePct = share,
            ValidFrom = validFrom,
            ValidTo = validTo,
            LineNo = lineNo,
            SourceSha256 = context.SourceSha256,
            RunId = context.RunId,
        });
    }

    private static bool TryOptionalDate(ReadOnlySpan<char> text, out DateOnly? date)
    {
        date = null;
        if (text.IsEmpty)
        {
            return true;
        }

        if (!FieldParsers.TryParseIsoDate(text, out var parsed))
        {
            return false;
        }

        date = parsed;
        return true;
    }
}
