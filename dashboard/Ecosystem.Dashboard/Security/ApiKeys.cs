using System.Security.Cryptography;
using System.Text;

namespace Ecosystem.Dashboard;

/// <summary>Checks the API key of <c>/exports</c> (and later <c>/odata</c>) in constant time; no key configured = open (loopback only).</summary>
public static class ApiKeys
{
    public const string Header = "X-Api-Key";
    public const string QueryParameter = "api_key";

    public static bool Accepts(HttpContext http, DashboardOptions options)
    {
        if (string.IsNullOrEmpty(options.ApiKey))
        {
            return true;
        }

        var given = http.Request.Headers[Header].FirstOrDefault() ?? http.Request.Query[QueryParameter].FirstOrDefault() ?? string.Empty;
        return CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(given), Encoding.UTF8.GetBytes(options.ApiKey));
    }
}
