using Ecosystem.DataLake.Datasets;
using Ecosystem.DataLake.Datasets.AudienceDaily;
using Ecosystem.DataLake.Formats;

namespace Ecosystem.DataLake.Sources.AppleMusic;

/// <summary>
/// Apple Music for Artists listeners chart (<c>Date,Listeners</c> or <c>Average Daily Listeners</c>, localized): daily
/// unique listeners. Feeds <c>audience_daily</c> (listeners only), platform Apple Music.
/// </summary>
public sealed class AppleMusicListenersHandler : SourceHandler<AudienceDay>
{
    public const string FormatId = "apple_music.listeners_chart";

    public override string Source => AppleMusicColumns.SourceId;

    public override string Format => FormatId;

    public override DatasetContract<AudienceDay> Contract => AudienceDailyContract.Instance;

    public override FormatMatch Match(HeaderSample sample) => AppleMusicChart.Match(sample, AppleMusicColumns.Listeners);

    public override IEnumerable<ParsedRow<AudienceDay>> Parse(TextReader reader, ParseContext context) =>
        AppleMusicChart.Parse(reader, AppleMusicColumns.Listeners, (date, listeners, lineNo) => new AudienceDay
        {
            Source = AppleMusicColumns.SourceId,
            Date = date,
            Platform = AppleMusicColumns.Platform,
            Listeners = listeners,
            LineNo = lineNo,
            SourceSha256 = context.SourceSha256,
            RunId = context.RunId,
        });
}
