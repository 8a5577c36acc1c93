using System.ComponentModel.DataAnnotations;

namespace Ecosystem.Dashboard;

/// <summary>Dashboard settings (<c>ECO_*</c> variables, in <c>.env.example</c> with their defaults). Secrets are never logged.</summary>
public sealed class DashboardOptions
{
    /// <summary>Where Kestrel listens. Anything but loopback needs <see cref="Password"/> and <see cref="ApiKey"/>.</summary>
    [ConfigurationKeyName("DASHBOARD_URLS")]
    [Required]
    public string Urls { get; set; } = "http://127.0.0.1:5080";

    /// <summary>The dashboard's login password (cookie login); required off loopback.</summary>
    [ConfigurationKeyName("DASHBOARD_PASSWORD")]
    public string? Password { get; set; }

    /// <summary>The key <c>/exports</c> and <c>/odata</c> ask for (Power BI's Web API key); required off loopback.</summary>
    [ConfigurationKeyName("API_KEY")]
    public string? ApiKey { get; set; }

    /// <summary>How often the pipeline worker looks for new files in an S3 landing zone (a local one is watched).</summary>
    [ConfigurationKeyName("DASHBOARD_POLL_SECONDS")]
    [Range(1, 3600, ErrorMessage = "ECO_DASHBOARD_POLL_SECONDS must be between 1 and 3600.")]
    public int PollSeconds { get; set; } = 5;

    /// <summary><c>auto</c> (the demo workspace while the data folder holds no lake), <c>on</c> or <c>off</c>.</summary>
    [ConfigurationKeyName("DASHBOARD_DEMO")]
    public Demo.DemoMode Demo { get; set; } = Ecosystem.Dashboard.Demo.DemoMode.Auto;

    /// <summary>The largest file the upload control accepts, in megabytes.</summary>
    [ConfigurationKeyName("UPLOAD_MAX_MB")]
    [Range(1, 10_240, ErrorMessage = "ECO_UPLOAD_MAX_MB must be between 1 and 10240.")]
    public int UploadMaxMegabytes { get; set; } = 200;

    /// <summary>How often the KPI feed checks the warehouse for a change.</summary>
    [ConfigurationKeyName("DASHBOARD_CHANGE_CHECK_MS")]
    [Range(50, 60_000, ErrorMessage = "ECO_DASHBOARD_CHANGE_CHECK_MS must be between 50 and 60000.")]
    public int ChangeCheckMilliseconds { get; set; } = 250;

    /// <summary>The most rows one page of <c>/odata</c> returns; the page links the next (<c>@odata.nextLink</c>).</summary>
    [ConfigurationKeyName("ODATA_PAGE_SIZE")]
    [Range(1, 1_000_000, ErrorMessage = "ECO_ODATA_PAGE_SIZE must be between 1 and 1000000.")]
    public int ODataPageSize { get; set; } = 10_000;
}
