using System.Net;
using System.Text.Json.Nodes;
using Ise.Gateway.Security;

namespace Ise.Gateway.Tests.Security;

/// <summary>
/// A session is re-checked against its account now and then; when the account's grain cannot be reached
/// the request is answered 503 <c>UNAVAILABLE</c> with <c>Retry-After</c> (not 500), the cookie is neither
/// removed nor replaced, and the same session works again once the grain answers.
/// </summary>
public sealed class SessionCheckOutageTests(AccountOutageGatewayFactory factory) : IClassFixture<AccountOutageGatewayFactory>
{
    private static readonly DevelopmentPerson s_partner = DevelopmentPeople.All.First(p => p.Role == Ise.Security.IseRole.PartnerStaff);

    [Fact]
    public async Task A_session_checked_while_its_account_is_unreachable_gets_503_and_is_kept()
    {
        using var session = await PersonSession.SignedInAsync(factory.CreateClient().BaseAddress!, s_partner.Email, s_partner.Password);
        Assert.Equal(HttpStatusCode.OK, await session.MeStatusAsync());
        var cookie = session.SessionCookie!.Value;

        factory.Outage.Active = true;
        try
        {
            HttpResponseMessage? refused = null;
            await Eventually.TrueAsync(async () =>
            {
                refused?.Dispose();
                refused = await session.Http.GetAsync(new Uri("/api/me", UriKind.Relative));
                return refused.StatusCode != HttpStatusCode.OK;
            }, TimeSpan.FromSeconds(10), "the session is re-checked while the account is unreachable");

            using (refused)
            {
                var text = await refused!.Content.ReadAsStringAsync();
                Assert.True(refused.StatusCode == HttpStatusCode.ServiceUnavailable, $"{(int)refused.StatusCode}: {text}");
                Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
                Assert.Equal("UNAVAILABLE", JsonNode.Parse(text)!["code"]!.GetValue<string>());
                Assert.True(refused.Headers.RetryAfter?.Delta > TimeSpan.Zero, "Retry-After says when to retry");
                Assert.False(refused.Headers.Contains("Set-Cookie"), "the session cookie is neither removed nor replaced");
            }

            var (status, body) = await session.Api.SendAsync("{ me { role } }");
            Assert.Equal(HttpStatusCode.ServiceUnavailable, status);
            Assert.Equal("UNAVAILABLE", body["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
        }
        finally
        {
            factory.Outage.Active = false;
        }

        Assert.Equal(cookie, session.SessionCookie?.Value);
        Assert.Equal(HttpStatusCode.OK, await session.MeStatusAsync());
    }
}
