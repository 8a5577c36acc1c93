using System.Text;
using System.Text.Json;
using System.Threading.Channels;
using Microsoft.AspNetCore.SignalR.Client;

namespace Ecosystem.Dashboard.Tests;

/// <summary>Real Kestrel, a real SignalR client, files dropped into the real landing folder.</summary>
public sealed class LiveKpiTests
{
    private const string Header = "Reporting Date\tSale Month\tStore\tArtist\tTitle\tISRC\tUPC\tQuantity\tTeam Percentage\tSong/Album\tCountry of Sale\tSongwriter Royalties Withheld\tEarnings (USD)";

    [Fact]
    public async Task A_statement_dropped_in_landing_moves_the_revenue_KPIs_and_a_duplicate_moves_nothing()
    {
        await using var dashboard = await RunningDashboard.StartAsync();
        var snapshots = Channel.CreateUnbounded<JsonElement>();
        var events = Channel.CreateUnbounded<JsonElement>();
        await using var client = new HubConnectionBuilder().WithUrl(new Uri(dashboard.BaseAddress, "/hubs/kpis")).Build();
        client.On<JsonElement>("KpiSnapshot", snapshot => snapshots.Writer.TryWrite(snapshot));
        client.On<JsonElement>("PipelineEvent", e => events.Writer.TryWrite(e));
        await client.StartAsync();

        var first = await NextAsync(snapshots, TimeSpan.FromSeconds(10));
        Assert.Equal(28, first.GetProperty("kpis").GetArrayLength());
        Assert.Null(Revenue(first));

        // How fast a drop reaches the clients is the benchmark's figure (eco bench --dashboard), not this test's:
        // the time limits here only keep a broken push from hanging the run.
        Drop(dashboard, "january.tsv", Statement("2026-03-05", "2026-01", 1000, "4.00"));
        var january = await NextWhereAsync(snapshots, s => Revenue(s) is not null, TimeSpan.FromSeconds(30));
        Assert.Equal(4.00m, Revenue(january));
        await DrainAsync(events);

        Drop(dashboard, "february.tsv", Statement("2026-04-05", "2026-02", 1500, "6.00"));
        var february = await NextWhereAsync(snapshots, s => Revenue(s) == 6.00m, TimeSpan.FromSeconds(30));
        Assert.Equal(4.00m, february.GetProperty("kpis").EnumerateArray().Single(k => k.GetProperty("id").GetString() == "revenue_last_month").GetProperty("previous").GetDecimal());
        await NextAsync(events, TimeSpan.FromSeconds(5));
        await DrainAsync(snapshots);

        Drop(dashboard, "february (copy).tsv", Statement("2026-04-05", "2026-02", 1500, "6.00"));
        var duplicate = await NextAsync(events, TimeSpan.FromSeconds(10));
        Assert.Equal(0, duplicate.GetProperty("filesLoaded").GetInt32());
        await Task.Delay(TimeSpan.FromSeconds(1));
        Assert.False(snapshots.Reader.TryRead(out _), "a duplicate file must not change the KPIs");
    }

    [Fact]
    public async Task Every_client_gets_the_current_snapshot_on_connect()
    {
        await using var dashboard = await RunningDashboard.StartAsync();
        for (var i = 0; i < 3; i++)
        {
            var snapshots = Channel.CreateUnbounded<JsonElement>();
            await using var client = new HubConnectionBuilder().WithUrl(new Uri(dashboard.BaseAddress, "/hubs/kpis")).Build();
            client.On<JsonElement>("KpiSnapshot", snapshot => snapshots.Writer.TryWrite(snapshot));
            await client.StartAsync();
            var snapshot = await NextAsync(snapshots, TimeSpan.FromSeconds(10));
            Assert.Equal(Enumerable.Range(1, 28), snapshot.GetProperty("kpis").EnumerateArray().Select(k => k.GetProperty("number").GetInt32()));
        }
    }

    private static string Statement(string reported, string saleMonth, long quantity, string earnings) =>
        $"{Header}\n{reported}\t{saleMonth}\tSpotify\tTest Artist\tFirst Song\tQZTES2600001\t0196000000001\t{quantity}\t100\tSong\tUS\t0\t{earnings}\n";

    /// <summary>Writes next to the landing folder, then moves in: what a user's copy looks like once complete.</summary>
    private static void Drop(RunningDashboard dashboard, string name, string content)
    {
        var staging = Path.Combine(dashboard.Root, name);
        File.WriteAllText(staging, content, new UTF8Encoding(false));
        File.Move(staging, Path.Combine(dashboard.Landing, name));
    }

    private static decimal? Revenue(JsonElement snapshot)
    {
        var value = snapshot.GetProperty("kpis").EnumerateArray().Single(k => k.GetProperty("id").GetString() == "revenue_last_month").GetProperty("value");
        return value.ValueKind == JsonValueKind.Null ? null : value.GetDecimal();
    }

    private static async Task<JsonElement> NextAsync(Channel<JsonElement> channel, TimeSpan timeout)
    {
        using var cancel = new CancellationTokenSource(timeout);
        return await channel.Reader.ReadAsync(cancel.Token);
    }

    private static async Task<JsonElement> NextWhereAsync(Channel<JsonElement> channel, Func<JsonElement, bool> wanted, TimeSpan timeout)
    {
        using var cancel = new CancellationTokenSource(timeout);
        while (true)
        {
            var item = await channel.Reader.ReadAsync(cancel.Token);
            if (wanted(item))
            {
                return item;
            }
        }
    }

    private static async Task DrainAsync(Channel<JsonElement> channel)
    {
        await Task.Delay(300);
        while (channel.Reader.TryRead(out _))
        {
        }
    }
}
