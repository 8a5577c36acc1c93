using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.Extensions.Options;

namespace Ecosystem.Dashboard.Security;

/// <summary>The cookie login used when <c>ECO_DASHBOARD_PASSWORD</c> is set: one password, compared in constant time.</summary>
public static class LoginEndpoints
{
    private const string Form = """
        <!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
        <title>Ecosystem — sign in</title><style>body{background:#111;color:#eee;font-family:system-ui;display:grid;place-items:center;min-height:90vh}
        input,button{font-size:1rem;padding:.5rem;margin:.25rem}</style></head><body><form method="post" action="/login">
        <h1>Ecosystem</h1><input type="password" name="password" autocomplete="current-password" aria-label="Password" autofocus>
        <button type="submit">Sign in</button>{0}</form></body></html>
        """;

    public static WebApplication MapLogin(this WebApplication app)
    {
        app.MapGet("/login", () => Results.Content(Form.Replace("{0}", string.Empty, StringComparison.Ordinal), "text/html; charset=utf-8"));
        app.MapPost("/login", async (HttpContext http, IOptions<DashboardOptions> options) =>
        {
            var form = await http.Request.ReadFormAsync(http.RequestAborted);
            var given = Encoding.UTF8.GetBytes(form["password"].FirstOrDefault() ?? string.Empty);
            var expected = Encoding.UTF8.GetBytes(options.Value.Password ?? string.Empty);
            if (expected.Length == 0 || !CryptographicOperations.FixedTimeEquals(given, expected))
            {
                return Results.Content(Form.Replace("{0}", "<p role=\"alert\">Wrong password.</p>", StringComparison.Ordinal), "text/html; charset=utf-8", statusCode: StatusCodes.Status401Unauthorized);
            }

            var identity = new ClaimsIdentity([new Claim(ClaimTypes.Name, "owner")], CookieAuthenticationDefaults.AuthenticationScheme);
            await http.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, new ClaimsPrincipal(identity));
            return Results.Redirect("/");
        });
        return app;
    }
}
