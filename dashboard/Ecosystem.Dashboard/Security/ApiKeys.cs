using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace Ecosystem.Dashboard;

/// <summary>
/// Who may read data over HTTP (<c>/exports</c>, <c>/odata</c>, quarantined files): anyone when no key is configured
/// (the binding guard keeps that to loopback), a browser signed in with the dashboard password (its download buttons),
/// or a client sending the API key, compared in constant time.
/// </summary>
public static class ApiKeys
{
    /// <summary>What a refused request is told (never which key was expected).</summary>
    public const string Refusal = "An API key is required (X-Api-Key header or api_key parameter).";

    public const string Header = "X-Api-Key";
    public const string QueryParameter = "api_key";

    public static bool Accepts(HttpContext http, DashboardOptions options)
    {
        if (string.IsNullOrEmpty(options.ApiKey) || http.User.Identity?.IsAuthenticated == true)
        {
            return true;
        }

        var given = http.Request.Headers[Header].FirstOrDefault() ?? http.Request.Query[QueryParameter].FirstOrDefault() ?? string.Empty;
        return CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(given), Encoding.UTF8.GetBytes(options.ApiKey));
    }

    /// <summary>Every endpoint of <paramref name="group"/> answers 401 with <see cref="Refusal"/> unless <see cref="Accepts"/>.</summary>
    public static RouteGroupBuilder RequireApiKey(this RouteGroupBuilder group)
    {
        group.AddEndpointFilter(async (context, next) =>
            Accepts(context.HttpContext, context.HttpContext.RequestServices.GetRequiredService<IOptions<DashboardOptions>>().Value)
                ? await next(context)
                : Results.Text(Refusal, statusCode: StatusCodes.Status401Unauthorized));
        return group;
    }
}
