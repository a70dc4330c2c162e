using System.Net;
using Ise.Testing;

namespace Ise.Cluster.Tests;

/// <summary>
/// Cluster mode, one silo and two gateways on PostgreSQL: a key created or revoked through one gateway
/// holds on the other within its refresh interval (each gateway authenticates from its own snapshot).
/// </summary>
public sealed class TwoGatewaysApiKeyTests
{
    private const int RefreshSeconds = 1;
    private static readonly TimeSpan s_patience = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task A_key_created_on_one_gateway_works_on_the_other_and_a_revocation_reaches_it_too()
    {
        var (database, clusterId) = await ClusterProcesses.NewClusterAsync("keys");
        await using var silo = await ClusterProcesses.StartSiloAsync(ClusterProcesses.Settings(database, clusterId));
        var first = ClusterProcesses.GatewaySettings(database, clusterId);
        var second = ClusterProcesses.GatewaySettings(database, clusterId);
        first["Ise:ApiKeyDirectory:RefreshSeconds"] = second["Ise:ApiKeyDirectory:RefreshSeconds"] = $"{RefreshSeconds}";
        await using var gatewayA = await ClusterProcesses.StartGatewayAsync(first);
        await using var gatewayB = await ClusterProcesses.StartGatewayAsync(second);
        using var httpA = new HttpClient { BaseAddress = new Uri(first["Urls"]) };
        using var httpB = new HttpClient { BaseAddress = new Uri(second["Urls"]) };
        var apiA = new GraphQLClient(httpA, ClusterProcesses.SecretariatKey);

        var issued = (await apiA.DataAsync(
            "mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { secret key { id } } }",
            new { input = new { name = "POM West Flanders CRM", role = "PARTNER_STAFF", scope = "pom-west-flanders" } }))["createApiKey"]!;
        var secret = issued["secret"]!.GetValue<string>();
        var id = issued["key"]!["id"]!.GetValue<string>();

        Assert.Equal(HttpStatusCode.OK, await MeAsync(httpA, secret));
        await Eventually.TrueAsync(async () => await MeAsync(httpB, secret) == HttpStatusCode.OK, s_patience, "gateway B accepts the key created through gateway A");

        await apiA.DataAsync("mutation($id: ID!) { revokeApiKey(id: $id) { status } }", new { id });

        Assert.Equal(HttpStatusCode.Unauthorized, await MeAsync(httpA, secret));
        await Eventually.TrueAsync(async () => await MeAsync(httpB, secret) == HttpStatusCode.Unauthorized, s_patience, "gateway B refuses the key revoked through gateway A");
        Assert.Equal(HttpStatusCode.OK, await MeAsync(httpB, ClusterProcesses.SecretariatKey));
    }

    private static async Task<HttpStatusCode> MeAsync(HttpClient http, string key)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/api/me", UriKind.Relative));
        request.Headers.Add("X-Api-Key", key);
        using var response = await http.SendAsync(request);
        return response.StatusCode;
    }
}
