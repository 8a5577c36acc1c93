using Microsoft.AspNetCore.SignalR;

namespace Ecosystem.Dashboard.Live;

/// <summary>
/// <c>/hubs/kpis</c>. Server → client only: <c>KpiSnapshot</c> (on connect and on every warehouse change),
/// <c>PipelineEvent</c> and <c>Alert</c>. Clients call nothing.
/// </summary>
public sealed class KpiHub(KpiFeed feed) : Hub
{
    public const string Path = "/hubs/kpis";
    public const string SnapshotMessage = "KpiSnapshot";
    public const string PipelineEventMessage = "PipelineEvent";
    public const string AlertMessage = "Alert";

    public override async Task OnConnectedAsync()
    {
        var snapshot = feed.Current ?? await feed.RefreshAsync(Context.ConnectionAborted);
        await Clients.Caller.SendAsync(SnapshotMessage, snapshot, Context.ConnectionAborted);
        await base.OnConnectedAsync();
    }
}
