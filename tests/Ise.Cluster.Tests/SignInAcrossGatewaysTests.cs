using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Ise.Testing;

namespace Ise.Cluster.Tests;

/// <summary>
/// Cluster mode with two gateway processes: the secretariat's bootstrap key creates a person's account,
/// the person signs in on gateway A, and the cookie works on gateway B, because both gateways keep the
/// Data Protection key ring in the same grain (one row in PostgreSQL), not in their own homes.
/// </summary>
public sealed class SignInAcrossGatewaysTests
{
    private const string Create = """
        mutation($input: CreatePersonAccountInput!) { createPersonAccount(input: $input) { password } }
        """;

    [Fact]
    public async Task A_cookie_issued_by_one_gateway_is_accepted_by_the_other()
    {
        var database = await TestPostgres.CreateDatabaseAsync("signin");
        var clusterId = "signin-" + Guid.NewGuid().ToString("N")[..8];
        await using var silo = await ClusterProcesses.StartSiloAsync(ClusterProcesses.Settings(database, clusterId));
        var first = ClusterProcesses.GatewaySettings(database, clusterId);
        var second = ClusterProcesses.GatewaySettings(database, clusterId);

        // Each gateway its own home, so ASP.NET Core's default file-system key ring could not be what they share.
        first["HOME"] = Directory.CreateTempSubdirectory("ise-gateway-a-").FullName;
        second["HOME"] = Directory.CreateTempSubdirectory("ise-gateway-b-").FullName;
        await using var gatewayA = await ClusterProcesses.StartGatewayAsync(first);
        await using var gatewayB = await ClusterProcesses.StartGatewayAsync(second);
        using var httpA = new HttpClient(new HttpClientHandler { UseCookies = false }) { BaseAddress = new Uri(first["Urls"]) };
        using var httpB = new HttpClient(new HttpClientHandler { UseCookies = false }) { BaseAddress = new Uri(second["Urls"]) };

        var created = await new GraphQLClient(httpA, ClusterProcesses.SecretariatKey).DataAsync(Create,
            new { input = new { email = "Anna.Dubois@Aditec.example", displayName = "Anna Dubois", role = "PARTNER_STAFF", scope = "aditec" } });
        var password = created["createPersonAccount"]!["password"]!.GetValue<string>();

        using var signIn = new HttpRequestMessage(HttpMethod.Post, "/auth/signin") { Content = JsonContent.Create(new { email = "anna.dubois@aditec.example", password }) };
        signIn.Headers.Add(LiveClient.CsrfHeader, "1");
        using var signedIn = await httpA.SendAsync(signIn);
        Assert.Equal(HttpStatusCode.OK, signedIn.StatusCode);
        var cookie = signedIn.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("ise.session=", StringComparison.Ordinal)).Split(';')[0];

        using var meOnB = new HttpRequestMessage(HttpMethod.Get, "/api/me");
        meOnB.Headers.Add("Cookie", cookie);
        using var answer = await httpB.SendAsync(meOnB);
        using var anonymousOnB = await httpB.GetAsync(new Uri("/api/me", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        var me = JsonNode.Parse(await answer.Content.ReadAsStringAsync())!;
        Assert.Equal("anna.dubois@aditec.example", me["name"]!.GetValue<string>());
        Assert.Equal("Anna Dubois", me["displayName"]!.GetValue<string>());
        Assert.Equal("aditec", me["scope"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.Unauthorized, anonymousOnB.StatusCode);
        Assert.Single(await StoredGrainState.RowsContainingAsync(database, "masterKey"));
    }
}
