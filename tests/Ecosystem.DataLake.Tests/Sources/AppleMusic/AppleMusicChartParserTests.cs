using Ecosystem.DataLake.Datasets.StreamDaily;
using Ecosystem.DataLake.Formats;
using Ecosystem.DataLake.Sources.AppleMusic;
using Ecosystem.DataLake.Tests.Fakes;

namespace Ecosystem.DataLake.Tests.Sources.AppleMusic;

public sealed class AppleMusicChartParserTests
{
    private readonly AppleMusicPlaysHandler _plays = new();
    private readonly AppleMusicListenersHandler _listeners = new();

    [Theory]
    [InlineData("AppleMusic/plays-en.csv", "en")]
    [InlineData("AppleMusic/plays-fr.csv", "fr")]
    [InlineData("AppleMusic/plays-pt.csv", "pt")]
    public void Plays_MatchesEveryLanguageAndTheListenersHandlerDoesNot(string file, string language)
    {
        Assert.Equal(FormatMatch.Of(language), _plays.Match(GoldenFiles.Sample(file)));
        Assert.Equal(FormatMatchKind.None, _listeners.Match(GoldenFiles.Sample(file)).Kind);
    }

    [Theory]
    [InlineData("AppleMusic/listeners-de.csv", "de")]
    [InlineData("AppleMusic/listeners-es.csv", "es")]
    public void Listeners_MatchesEveryLanguageAndThePlaysHandlerDoesNot(string file, string language)
    {
        Assert.Equal(FormatMatch.Of(language), _listeners.Match(GoldenFiles.Sample(file)));
        Assert.Equal(FormatMatchKind.None, _plays.Match(GoldenFiles.Sample(file)).Kind);
    }

    [Fact]
    public void BothMeasuresInOneFile_IsAnUnknownVariantReportedOnce()
    {
        var sample = GoldenFiles.Sample("AppleMusic/both-measures.csv");

        Assert.Equal(FormatMatchKind.UnknownVariant, _plays.Match(sample).Kind);
        Assert.Contains("both plays and listeners", _plays.Match(sample).Reason, StringComparison.Ordinal);
        Assert.Equal(FormatMatchKind.None, _listeners.Match(sample).Kind);
    }

    [Fact]
    public void English_MonthFirstDatesAndQuotedThousands()
    {
        var days = GoldenFiles.Rows(_plays, "AppleMusic/plays-en.csv");

        Assert.Equal(
            [(new DateOnly(2026, 1, 30), 1204L), (new DateOnly(2026, 1, 31), 987L), (new DateOnly(2026, 2, 1), 2310L)],
            days.Select(d => (d.Date, d.Streams)));
        Assert.All(days, d => Assert.Equal(("apple_music", "Apple Music", StreamGranularity.Artist), (d.Source, d.Platform, d.Granularity)));
        Assert.All(days, d => Assert.Null(d.Title));
    }

    [Fact]
    public void French_SemicolonsDayFirstDatesAndSpaceThousands()
    {
        var days = GoldenFiles.Rows(_plays, "AppleMusic/plays-fr.csv");

        Assert.Equal(
            [(new DateOnly(2026, 1, 30), 1204L), (new DateOnly(2026, 1, 31), 987L), (new DateOnly(2026, 2, 1), 2310L)],
            days.Select(d => (d.Date, d.Streams)));
    }

    [Fact]
    public void German_DottedDatesAndDotThousands_AnAbbreviationIsRejectedNotGuessed()
    {
        var items = GoldenFiles.Parse(_listeners, "AppleMusic/listeners-de.csv");

        var rows = items.Where(i => i.Row is not null).Select(i => i.Row!).ToList();
        Assert.Equal([(new DateOnly(2026, 1, 30), 1204L), (new DateOnly(2026, 1, 31), 981L)], rows.Select(d => (d.Date, d.Listeners!.Value)));
        Assert.All(rows, d => Assert.Null(d.Streams));
        var reject = Assert.Single(items, i => i.Reject is not null).Reject!;
        Assert.Equal((4L, "count '1.2K' is not a non-negative whole number"), (reject.LineNo, reject.Reason));
    }

    [Fact]
    public void Portuguese_ADashIsAMissingDayNotAZero()
    {
        var items = GoldenFiles.Parse(_plays, "AppleMusic/plays-pt.csv");

        Assert.Equal((new DateOnly(2026, 1, 30), 1204L), (items[0].Row!.Date, items[0].Row!.Streams));
        Assert.Equal("the count for 2026-01-31 is empty ('-'); a missing day is not a zero", items[1].Reject!.Reason);
    }

    [Fact]
    public void Spanish_IsoDates()
    {
        var days = GoldenFiles.Rows(_listeners, "AppleMusic/listeners-es.csv");

        Assert.Equal([(new DateOnly(2026, 1, 30), 640L), (new DateOnly(2026, 1, 31), 652L)], days.Select(d => (d.Date, d.Listeners!.Value)));
    }
}
