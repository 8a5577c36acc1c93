using System.Net;

namespace Ecosystem.Dashboard.Security;

/// <summary>
/// Refuses to serve beyond this machine without a login and an API key: the dashboard shows a label's money, and the
/// system it replaces leaked credentials. Loopback addresses (<c>127.0.0.0/8</c>, <c>::1</c>, <c>localhost</c>) are fine.
/// </summary>
public static class BindingGuard
{
    public static void Check(string urls, DashboardOptions options)
    {
        var exposed = urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Where(url => !IsLoopback(url)).ToList();
        if (exposed.Count == 0)
        {
            return;
        }

        var missing = new List<string>();
        if (string.IsNullOrWhiteSpace(options.Password))
        {
            missing.Add("ECO_DASHBOARD_PASSWORD");
        }

        if (string.IsNullOrWhiteSpace(options.ApiKey))
        {
            missing.Add("ECO_API_KEY");
        }

        if (missing.Count > 0)
        {
            throw new UnsafeBindingException(
                $"The dashboard is set to listen on {string.Join(", ", exposed)}, which other machines can reach; set {string.Join(" and ", missing)} first, or listen on 127.0.0.1 only.");
        }
    }

    public static bool IsLoopback(string url)
    {
        if (!Uri.TryCreate(url.Replace("://*", "://0.0.0.0", StringComparison.Ordinal).Replace("://+", "://0.0.0.0", StringComparison.Ordinal), UriKind.Absolute, out var uri))
        {
            return false;
        }

        return uri.IsLoopback || (IPAddress.TryParse(uri.Host.Trim('[', ']'), out var address) && IPAddress.IsLoopback(address));
    }
}

/// <summary>The dashboard was asked to listen beyond this machine without its secrets; it does not start.</summary>
public sealed class UnsafeBindingException(string message) : InvalidOperationException(message);
