using Ecosystem.DataLake.Datasets;
using Ecosystem.DataLake.Datasets.StreamDaily;
using Ecosystem.DataLake.Formats;

namespace Ecosystem.DataLake.Sources.AppleMusic;

/// <summary>
/// Apple Music for Artists plays chart (<c>Date,Plays</c>, localized): the account's plays per day, a play being more
/// than 30 seconds of listening. Feeds <c>stream_daily</c> at artist granularity, platform Apple Music.
/// </summary>
public sealed class AppleMusicPlaysHandler : SourceHandler<StreamDay>
{
    public const string FormatId = "apple_music.plays_chart";

    public override string Source => AppleMusicColumns.SourceId;

    public override string Format => FormatId;

    public override DatasetContract<StreamDay> Contract => StreamDailyContract.Instance;

    public override FormatMatch Match(HeaderSample sample) => AppleMusicChart.Match(sample, AppleMusicColumns.Plays);

    public override IEnumerable<ParsedRow<StreamDay>> Parse(TextReader reader, ParseContext context) =>
        AppleMusicChart.Parse(reader, AppleMusicColumns.Plays, (date, plays, lineNo) => new StreamDay
        {
            Source = AppleMusicColumns.SourceId,
            Date = date,
            Platform = AppleMusicColumns.Platform,
            Granularity = StreamGranularity.Artist,
            Streams = plays,
            LineNo = lineNo,
            SourceSha256 = context.SourceSha256,
            RunId = context.RunId,
        });
}
