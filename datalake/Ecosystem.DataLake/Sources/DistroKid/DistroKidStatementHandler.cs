using Ecosystem.DataLake.Datasets;
using Ecosystem.DataLake.Datasets.RoyaltyLines;
using Ecosystem.DataLake.Formats;
using Ecosystem.DataLake.Formats.Text;

namespace Ecosystem.DataLake.Sources.DistroKid;

/// <summary>
/// DistroKid "Bank" earnings report (SOURCES.md §1): TSV or CSV, classic 13-column or current 15-column header,
/// UTF-8 with or without BOM, Windows-1252 fallback. Feeds <c>royalty_line</c>.
/// </summary>
public sealed class DistroKidStatementHandler : SourceHandler<RoyaltyLine>
{
    public const string SourceId = "distrokid";
    public const string FormatId = "distrokid.bank_statement";

    public override string Source => SourceId;

    public override string Format => FormatId;

    public override DatasetContract<RoyaltyLine> Contract => RoyaltyLineContract.Instance;

    public override FormatMatch Match(HeaderSample sample)
    {
        var first = sample.FirstContentLineIndex();
        if (first < 0)
        {
            return FormatMatch.None;
        }

        var (_, cells) = HeaderSample.SplitHeader(sample.Lines[first]);
        var names = cells.Select(cell => HeaderCell.Normalize(cell).Name).ToHashSet(StringComparer.Ordinal);
        if (!DistroKidColumns.Signature.All(names.Contains))
        {
            return FormatMatch.None;
        }

        var header = DistroKidHeader.TryRead(cells, out var problem);
        return header is null ? FormatMatch.Variant(problem!) : FormatMatch.Of(header.Layout);
    }

    /// <summary>DistroKid's TSV is never quoted (a title keeps its quotes as text), so a line is always one record; the CSV variant is RFC 4180.</summary>
    protected internal override bool SplitsAtLineEnds(string headerLine) => HeaderSample.SplitHeader(headerLine).Delimiter == '\t';

    public override IEnumerable<ParsedRow<RoyaltyLine>> Parse(TextReader reader, ParseContext context) =>
        new DistroKidStatementParser(reader, context, spares: null).Parse();

    protected internal override IEnumerable<ParsedRow<RoyaltyLine>> Parse(TextReader reader, ParseContext context, SpareRows<RoyaltyLine> spares) =>
        new DistroKidStatementParser(reader, context, spares).Parse();
}
