using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Ise.Testing;

namespace Ise.Cluster.Tests;

/// <summary>
/// Cluster mode with gateway processes: the secretariat's bootstrap key creates a person's account,
/// the person signs in on gateway A, and the cookie works on gateway B, because both gateways keep the
/// Data Protection key ring in the same grain (one row in PostgreSQL), not in their own homes. The row
/// holds the ring encrypted; B has a newer key ring key too (a rotation), and a gateway C with only the
/// newer key still reads A's cookie.
/// </summary>
public sealed class SignInAcrossGatewaysTests
{
    private const string Create = """
        mutation($input: CreatePersonAccountInput!) { createPersonAccount(input: $input) { password } }
        """;

    private static readonly (string Id, string Key) NewerKeyRingKey = ("cluster-test-2", Convert.ToBase64String(System.Security.Cryptography.SHA256.HashData("cluster-test-key-ring-key-2"u8)));

    [Fact]
    public async Task A_cookie_issued_by_one_gateway_is_accepted_by_the_other_and_after_the_key_ring_key_is_rotated()
    {
        var (database, clusterId) = await ClusterProcesses.NewClusterAsync("signin");
        await using var silo = await ClusterProcesses.StartSiloAsync(ClusterProcesses.Settings(database, clusterId));
        var first = ClusterProcesses.GatewaySettings(database, clusterId);
        var second = ClusterProcesses.GatewaySettings(database, clusterId);
        second["Ise:DataProtection:Keys:1:Id"] = NewerKeyRingKey.Id;
        second["Ise:DataProtection:Keys:1:Key"] = NewerKeyRingKey.Key;

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

        // B read the ring and sealed it again with the newer key: a gateway that has only that key reads A's cookie.
        var third = ClusterProcesses.GatewaySettings(database, clusterId);
        third["Ise:DataProtection:Keys:0:Id"] = NewerKeyRingKey.Id;
        third["Ise:DataProtection:Keys:0:Key"] = NewerKeyRingKey.Key;
        third["HOME"] = Directory.CreateTempSubdirectory("ise-gateway-c-").FullName;
        await using var gatewayC = await ClusterProcesses.StartGatewayAsync(third);
        using var httpC = new HttpClient(new HttpClientHandler { UseCookies = false }) { BaseAddress = new Uri(third["Urls"]) };
        using var meOnC = new HttpRequestMessage(HttpMethod.Get, "/api/me");
        meOnC.Headers.Add("Cookie", cookie);
        using var answerOnC = await httpC.SendAsync(meOnC);
        Assert.Equal(HttpStatusCode.OK, answerOnC.StatusCode);

        // The one row of the ring: its keys sealed with the newer key ring key only, none in the clear.
        Assert.Empty(await StoredGrainState.RowsContainingAsync(database, "masterKey"));
        Assert.Single(await StoredGrainState.RowsContainingAsync(database, "iseSealedSecret"));
        Assert.Single(await StoredGrainState.RowsContainingAsync(database, NewerKeyRingKey.Id));
        Assert.Empty(await StoredGrainState.RowsContainingAsync(database, ClusterProcesses.KeyRingKey.Id));
    }
}
