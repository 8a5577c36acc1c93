using Ecosystem.Dashboard.Security;

namespace Ecosystem.Dashboard.Tests;

public sealed class BindingGuardTests
{
    [Fact]
    public void Listening_beyond_loopback_without_the_two_secrets_refuses_to_start_and_says_what_to_set()
    {
        var error = Assert.Throws<UnsafeBindingException>(() => DashboardApp.Build([], new Dictionary<string, string?> { ["DASHBOARD_URLS"] = "http://0.0.0.0:5099" }));

        Assert.Contains("ECO_DASHBOARD_PASSWORD and ECO_API_KEY", error.Message, StringComparison.Ordinal);
        Assert.Contains("http://0.0.0.0:5099", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("http://127.0.0.1:5080", true)]
    [InlineData("http://localhost:5080", true)]
    [InlineData("http://[::1]:5080", true)]
    [InlineData("http://0.0.0.0:5080", false)]
    [InlineData("http://*:5080", false)]
    [InlineData("http://192.168.1.20:5080", false)]
    public void Loopback_is_recognised(string url, bool loopback) => Assert.Equal(loopback, BindingGuard.IsLoopback(url));

    [Fact]
    public void With_both_secrets_an_exposed_address_is_allowed_and_the_secrets_are_not_in_the_message_of_a_partial_setup()
    {
        BindingGuard.Check("http://0.0.0.0:5099", new DashboardOptions { Password = "pw-secret", ApiKey = "key-secret" });
        var error = Assert.Throws<UnsafeBindingException>(() => BindingGuard.Check("http://0.0.0.0:5099", new DashboardOptions { Password = "pw-secret" }));
        Assert.DoesNotContain("pw-secret", error.Message, StringComparison.Ordinal);
        Assert.Contains("ECO_API_KEY", error.Message, StringComparison.Ordinal);
    }
}
