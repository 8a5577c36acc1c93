using Ecosystem.Dashboard;

// The dashboard process (ARCHITECTURE §6): live KPIs over SignalR, the pipeline worker, exports. The Blazor pages come
// next; today it serves the hub, /exports and /api/lake/status on http://127.0.0.1:5080.
Ecosystem.DataLake.Pipeline.MemoryRelief.ReturnLargeBuffersToTheSystem(); // the pipeline worker runs the lake in this process
try
{
    DashboardApp.Build(args).Run();
}
catch (Ecosystem.Dashboard.Security.UnsafeBindingException ex)
{
    await Console.Error.WriteLineAsync(ex.Message);
    return 2;
}

return 0;
