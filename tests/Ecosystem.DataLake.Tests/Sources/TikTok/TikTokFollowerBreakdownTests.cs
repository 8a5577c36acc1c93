using Ecosystem.DataLake.Sources.TikTok;
using Ecosystem.DataLake.Tests.Fakes;

namespace Ecosystem.DataLake.Tests.Sources.TikTok;

public sealed class TikTokFollowerBreakdownTests
{
    private static readonly DateOnly ExportedOn = new(2026, 1, 2);

    [Theory]
    [InlineData("TikTok/FollowerGender.csv", "tiktok.follower_gender")]
    [InlineData("TikTok/FollowerTopTerritories.csv", "tiktok.follower_territories")]
    [InlineData("TikTok/FollowerActivity.csv", "tiktok.follower_activity")]
    public void EachFollowerFile_IsDetected(string file, string format) => Assert.Equal(format, Registry.Detect(file));

    [Fact]
    public void Gender_SharesAsOfTheExportDay()
    {
        var rows = GoldenFiles.Rows(new TikTokFollowerGenderHandler(), "TikTok/FollowerGender.csv", landedOn: ExportedOn);

        Assert.Equal([("Male", 0.51m), ("Female", 0.46m), ("Other", 0.03m)], rows.Select(r => (r.Key, r.Value)));
        Assert.All(rows, r => Assert.Equal(("gender", "share", ExportedOn), (r.Dimension, r.Unit, r.AsOf)));
    }

    [Fact]
    public void Territories_CodesUpperCasedOthersKept_AShareAboveOneRejected()
    {
        var items = GoldenFiles.Parse(new TikTokFollowerTerritoriesHandler(), "TikTok/FollowerTopTerritories.csv", landedOn: ExportedOn);

        Assert.Equal(["US", "BR", "GB", "Others"], items.Where(i => i.Row is not null).Select(i => i.Row!.Key));
        Assert.Single(items, i => i.Reject is not null);
    }

    [Fact]
    public void Activity_HoursPerDayAcrossNewYear_ThePartialExportDayLeftOut()
    {
        var rows = GoldenFiles.Rows(new TikTokFollowerActivityHandler(), "TikTok/FollowerActivity.csv", landedOn: ExportedOn);

        Assert.Equal([new DateOnly(2025, 12, 31), new DateOnly(2026, 1, 1)], rows.Select(r => r.AsOf).Distinct());
        Assert.Equal(48, rows.Count);
        Assert.Equal(103m, rows.Single(r => r.AsOf == new DateOnly(2026, 1, 1) && r.Key == "01").Value);
        Assert.All(rows, r => Assert.Equal(("active_hour", "count"), (r.Dimension, r.Unit)));
    }
}
