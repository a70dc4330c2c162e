using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Ise.Gateway.Tests;

public sealed class ApiKeyTests(EmbeddedGatewayFactory factory) : IClassFixture<EmbeddedGatewayFactory>
{
    [Theory]
    [InlineData("dev-secretariat", "Secretariat", null)]
    [InlineData("dev-partner-aditec", "PartnerStaff", "aditec")]
    [InlineData("dev-organiser-voka-east", "EventOrganiser", "voka-east-flanders")]
    [InlineData(EmbeddedGatewayFactory.ConfiguredKey, "PartnerStaff", "innovatiehuis")]
    public async Task An_api_key_resolves_to_its_role_and_scope(string key, string role, string? scope)
    {
        using var client = factory.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", key);

        var me = await client.GetFromJsonAsync<JsonElement>(new Uri("/api/me", UriKind.Relative));

        Assert.Equal(role, me.GetProperty("role").GetString());
        Assert.Equal(scope, me.GetProperty("scope").GetString());
    }

    [Fact]
    public async Task The_authorization_header_form_is_accepted_too()
    {
        using var client = factory.CreateClient();
        client.DefaultRequestHeaders.Add("Authorization", "ApiKey dev-partner-aditec");

        var me = await client.GetFromJsonAsync<JsonElement>(new Uri("/api/me", UriKind.Relative));

        Assert.Equal("aditec", me.GetProperty("scope").GetString());
    }

    [Theory]
    [InlineData("not-a-key")]
    [InlineData("DEV-SECRETARIAT")]
    [InlineData(null)]
    public async Task An_unknown_or_missing_key_is_refused_with_401(string? key)
    {
        using var client = factory.CreateClient();
        if (key is not null)
        {
            client.DefaultRequestHeaders.Add("X-Api-Key", key);
        }

        var response = await client.GetAsync(new Uri("/api/me", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("ApiKey", response.Headers.WwwAuthenticate.ToString(), StringComparison.Ordinal);
    }
}
