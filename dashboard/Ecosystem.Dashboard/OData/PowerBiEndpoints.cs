using System.Text.Json;

namespace Ecosystem.Dashboard.OData;

/// <summary>
/// <c>GET /powerbi/ecosystem.pbids</c>: a Power BI data-source file. Opening it starts Power BI Desktop on this
/// dashboard's OData feed (<c>{scheme}://{host}/odata</c>); with an API key set, Power BI asks for it as a Web API key.
/// </summary>
public static class PowerBiEndpoints
{
    public const string Path = "/powerbi/ecosystem.pbids";

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    public static RouteHandlerBuilder MapPowerBi(this WebApplication app) =>
        app.MapGet(Path, (HttpContext http) =>
        {
            var document = Pbids($"{http.Request.Scheme}://{http.Request.Host}{http.Request.PathBase}/odata");
            return Results.File(JsonSerializer.SerializeToUtf8Bytes(document, Indented), "application/json", "ecosystem.pbids");
        });

    /// <summary>The documented PBIDS shape: version 0.1, one connection of protocol <c>odata</c> at the feed's URL.</summary>
    public static object Pbids(string feedUrl) => new Dictionary<string, object?>
    {
        ["version"] = "0.1",
        ["connections"] = new object[]
        {
            new Dictionary<string, object?>
            {
                ["details"] = new Dictionary<string, object?>
                {
                    ["protocol"] = "odata",
                    ["address"] = new Dictionary<string, object?> { ["url"] = feedUrl },
                },
                ["options"] = new Dictionary<string, object?>(),
                ["mode"] = null,
            },
        },
    };
}
