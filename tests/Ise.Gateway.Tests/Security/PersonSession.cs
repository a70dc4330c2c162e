using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Ise.Gateway.Security;

namespace Ise.Gateway.Tests.Security;

/// <summary>
/// A browser's view of the gateway: one cookie jar, real HTTP to Kestrel, the CSRF header on every
/// request as the pages send it (unless told not to).
/// </summary>
public sealed class PersonSession : IDisposable
{
    private PersonSession(Uri baseAddress, bool csrfHeader)
    {
        BaseAddress = baseAddress;
        Http = new HttpClient(new HttpClientHandler { CookieContainer = Cookies, AllowAutoRedirect = false }) { BaseAddress = baseAddress };
        if (csrfHeader)
        {
            Http.DefaultRequestHeaders.Add(PersonCookie.CsrfHeader, "1");
        }
    }

    public Uri BaseAddress { get; }

    public CookieContainer Cookies { get; } = new();

    public HttpClient Http { get; }

    /// <summary>GraphQL as the signed-in person (no API key).</summary>
    public GraphQLClient Api => new(Http, apiKey: null);

    public static PersonSession Open(Uri baseAddress, bool csrfHeader = true) => new(baseAddress, csrfHeader);

    /// <summary>Signs in and fails the test unless the gateway accepted the password.</summary>
    public static async Task<PersonSession> SignedInAsync(Uri baseAddress, string email, string password)
    {
        var session = Open(baseAddress);
        var (status, body) = await session.SignInAsync(email, password);
        Assert.True(status == HttpStatusCode.OK, $"sign-in of {email}: {(int)status} {body.ToJsonString()}");
        return session;
    }

    public async Task<(HttpStatusCode Status, JsonNode Body)> SignInAsync(string email, string password)
    {
        using var response = await Http.PostAsJsonAsync(new Uri("/auth/signin", UriKind.Relative), new { email, password });
        return (response.StatusCode, JsonNode.Parse(await response.Content.ReadAsStringAsync()) ?? new JsonObject());
    }

    public async Task<HttpStatusCode> MeStatusAsync()
    {
        using var response = await Http.GetAsync(new Uri("/api/me", UriKind.Relative));
        return response.StatusCode;
    }

    public Cookie? SessionCookie => Cookies.GetAllCookies().FirstOrDefault(c => c.Name == PersonCookie.CookieName);

    public void Dispose() => Http.Dispose();
}
