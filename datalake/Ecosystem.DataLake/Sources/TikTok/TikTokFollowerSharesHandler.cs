using Ecosystem.DataLake.Datasets;
using Ecosystem.DataLake.Datasets.AudienceBreakdowns;
using Ecosystem.DataLake.Formats;
using Ecosystem.DataLake.Formats.Text;

namespace Ecosystem.DataLake.Sources.TikTok;

/// <summary>
/// TikTok Studio <c>FollowerGender.csv</c> (<c>Gender,Distribution</c>) and <c>FollowerTopTerritories.csv</c>
/// (<c>Top territories,Distribution</c>): followers' shares as fractions (<c>0.51</c>), territories as ISO codes plus
/// <c>Others</c>. Into <c>audience_breakdown</c> as of the export's day. Shares outside 0–1 are rejected; shares that do
/// not add up to 1 are kept as TikTok sent them (it rounds).
/// </summary>
public abstract class TikTokFollowerSharesHandler : SourceHandler<AudienceBreakdown>
{
    private readonly string _keyHeader;
    private readonly string _dimension;
    private readonly string _format;

    private protected TikTokFollowerSharesHandler(string keyHeader, string dimension, string format)
    {
        _keyHeader = keyHeader;
        _dimension = dimension;
        _format = format;
    }

    public override string Source => TikTokColumns.SourceId;

    public override string Format => _format;

    public override DatasetContract<AudienceBreakdown> Contract => AudienceBreakdownContract.Instance;

    public override FormatMatch Match(HeaderSample sample)
    {
        var first = sample.FirstContentLineIndex();
        if (first < 0)
        {
            return FormatMatch.None;
        }

        var cells = HeaderSample.SplitHeader(sample.Lines[first]).Cells;
        return cells.Count == 2 && cells[0].Equals(_keyHeader, StringComparison.OrdinalIgnoreCase) && cells[1].Equals("Distribution", StringComparison.OrdinalIgnoreCase)
            ? FormatMatch.Of(_dimension)
            : FormatMatch.None;
    }

    public override IEnumerable<ParsedRow<AudienceBreakdown>> Parse(TextReader reader, ParseContext context)
    {
        var asOf = TikTokExportWindow.ExportDay(context.OriginalName, context.LandedOn)
            ?? throw new InvalidDataException("A follower breakdown is a snapshot of its day, and neither its name nor its landing day says which.");
        var found = CsvTableReader.ReadHeader(reader, cells => cells.Count == 2 && cells[1].Equals("Distribution", StringComparison.OrdinalIgnoreCase), maxLeadingLines: 2)
            ?? throw new InvalidDataException("No follower breakdown header within the first lines.");
        var account = TikTokExportWindow.HandleOf(context.OriginalName);
        foreach (var (csv, lineNo) in CsvTableReader.Records(reader, found))
        {
            var key = CsvTableReader.Field(csv, 0);
            if (csv.RowFieldCount != 2 || key.IsEmpty || !SocialNumbers.TryShare(CsvTableReader.Field(csv, 1), out var share) || share is null)
            {
                yield return ParsedRow<AudienceBreakdown>.Rejected(CsvRecords.Reject(csv, lineNo, "expected a name and a share from 0 to 1"));
                continue;
            }

            yield return ParsedRow<AudienceBreakdown>.Accepted(new AudienceBreakdown
            {
                Source = TikTokColumns.SourceId,
                Platform = TikTokColumns.Platform,
                Account = account,
                AsOf = asOf,
                Dimension = _dimension,
                Key = _dimension == "territory" && key.Length == 2 ? key.ToString().ToUpperInvariant() : key.ToString(),
                Unit = "share",
                Value = share.Value,
                LineNo = lineNo,
                SourceSha256 = context.SourceSha256,
                RunId = context.RunId,
            });
        }
    }
}

/// <summary>TikTok Studio <c>FollowerGender.csv</c>.</summary>
public sealed class TikTokFollowerGenderHandler() : TikTokFollowerSharesHandler("Gender", "gender", "tiktok.follower_gender");

/// <summary>TikTok Studio <c>FollowerTopTerritories.csv</c>.</summary>
public sealed class TikTokFollowerTerritoriesHandler() : TikTokFollowerSharesHandler("Top territories", "territory", "tiktok.follower_territories");
