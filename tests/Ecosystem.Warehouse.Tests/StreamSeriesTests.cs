using Ecosystem.Warehouse.Kpis;
using Ecosystem.Warehouse.Tests.Fakes;

namespace Ecosystem.Warehouse.Tests;

/// <summary>Overlapping sources are never added: one series per platform.</summary>
public sealed class StreamSeriesTests
{
    [Fact]
    public async Task Distributor_trend_and_Spotify_for_Artists_for_the_same_platform_are_not_added()
    {
        using var w = await SeededWarehouse.CreateAsync();
        var day = new DateOnly(2026, 3, 1);
        w.StreamDay("distrokid", "Spotify", "platform_total", day, 1000);
        w.StreamDay("spotify_for_artists", "Spotify", "track", day, 600, "Song A");
        w.StreamDay("spotify_for_artists", "Spotify", "track", day, 390, "Song B");
        w.StreamDay("apple_music", "Apple Music", "artist", day, 200);
        w.StreamDay("apple_music", "Apple Music", "track", day, 150, "Song A");

        var series = StreamSeries.Read(w.Connection);

        Assert.Equal(("distrokid", "platform_total"), series.Chosen["Spotify"]);
        Assert.Equal(("apple_music", "artist"), series.Chosen["Apple Music"]);
        Assert.Equal(1200, series.Sum(day, day)); // DistroKid's Spotify 1000 + Apple's artist total 200
    }
}
