using Ecosystem.DataLake.Datasets;
using Ecosystem.DataLake.Datasets.RoyaltyLines;
using Ecosystem.DataLake.Formats;

namespace Ecosystem.DataLake.Sources.SoundCloud;

/// <summary>
/// SoundCloud for Artists (Repost) lifetime earnings statement (SOURCES.md §12c): CSV with two preamble rows
/// ("Account ID", then the account UUID) before the header; the word SoundCloud appears nowhere, so it is found by its
/// header. Feeds <c>royalty_line</c>.
/// </summary>
public sealed class SoundCloudStatementHandler : SourceHandler<RoyaltyLine>
{
    public const string SourceId = "soundcloud";
    public const string FormatId = "soundcloud.lifetime_statement";

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

        var limit = Math.Min(sample.Lines.Count, first + SoundCloudColumns.MaxPreambleLines + 1);
        for (var i = first; i < limit; i++)
        {
            var (_, cells) = HeaderSample.SplitHeader(sample.Lines[i]);
            if (!SoundCloudHeader.LooksLikeHeader(cells))
            {
                continue;
            }

            return SoundCloudHeader.TryRead(cells, out var problem) is null
                ? FormatMatch.Variant(problem!)
                : FormatMatch.Of(i == first ? "no-preamble" : "preamble");
        }

        return FormatMatch.None;
    }

    public override IEnumerable<ParsedRow<RoyaltyLine>> Parse(TextReader reader, ParseContext context) =>
        new SoundCloudStatementParser(reader, context).Parse();
}
