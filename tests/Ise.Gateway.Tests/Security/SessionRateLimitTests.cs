using System.Net;
using System.Text.Json.Nodes;
using Ise.Gateway.Security;
using Ise.Gateway.Tests.RateLimiting;

namespace Ise.Gateway.Tests.Security;

/// <summary>A signed-in person has their own request budget, as an API key has (its own gateway, so no other test spends the address's budget).</summary>
public sealed class SessionRateLimitTests(RateLimitedGatewayFactory factory) : IClassFixture<RateLimitedGatewayFactory>
{
    [Fact]
    public async Task A_signed_in_person_over_the_limit_gets_a_clear_429_while_another_person_goes_on()
    {
        var gateway = factory.CreateClient().BaseAddress!;
        var partner = DevelopmentPeople.All.First(p => p.Role == Ise.Security.IseRole.PartnerStaff);
        var organiser = DevelopmentPeople.All.First(p => p.Role == Ise.Security.IseRole.EventOrganiser);
        using var first = await PersonSession.SignedInAsync(gateway, partner.Email, partner.Password);
        using var second = await PersonSession.SignedInAsync(gateway, organiser.Email, organiser.Password);
        for (var i = 0; i < RateLimitedGatewayFactory.PerKey; i++)
        {
            Assert.Equal(HttpStatusCode.OK, await first.MeStatusAsync());
        }

        using var refused = await first.Http.GetAsync(new Uri("/api/me", UriKind.Relative));
        var body = JsonNode.Parse(await refused.Content.ReadAsStringAsync())!;

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.True(refused.Headers.Contains("Retry-After"));
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        Assert.Equal("RATE_LIMITED", body["code"]!.GetValue<string>());
        Assert.Contains(partner.Email, body["detail"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, await second.MeStatusAsync());
    }
}
