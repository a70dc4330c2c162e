using System.Net;
using System.Text.Json.Nodes;
using Ise.Testing;

namespace Ise.Cluster.Tests;

/// <summary>
/// Cluster mode, one silo and two gateway processes on PostgreSQL: one API key's budget of points holds
/// across both, each gateway reserving blocks of it from the key's budget grain in the silo.
/// </summary>
public sealed class TwoGatewaysBudgetTests
{
    private const long Budget = 100;
    private const long Price = 5;
    private const string FiveSmes = "{ smes(first: 5) { items { id } } }";

    /// <summary>A window of about 31 years (aligned to the epoch, it ends in 2033): no window ends during the test.</summary>
    private const string LongWindowSeconds = "1000000000";

    [Fact]
    public async Task A_keys_budget_holds_across_two_gateways_spending_in_blocks()
    {
        var (database, clusterId) = await ClusterProcesses.NewClusterAsync("budgets");
        await using var silo = await ClusterProcesses.StartSiloAsync(ClusterProcesses.Settings(database, clusterId));
        var first = ClusterProcesses.GatewaySettings(database, clusterId);
        var second = ClusterProcesses.GatewaySettings(database, clusterId);
        foreach (var settings in new[] { first, second })
        {
            settings["Ise:RateLimit:ApiKeyPointsPerWindow"] = $"{Budget}";
            settings["Ise:RateLimit:WindowSeconds"] = LongWindowSeconds;
        }

        await using var gatewayA = await ClusterProcesses.StartGatewayAsync(first);
        await using var gatewayB = await ClusterProcesses.StartGatewayAsync(second);
        using var httpA = new HttpClient { BaseAddress = new Uri(first["Urls"]) };
        using var httpB = new HttpClient { BaseAddress = new Uri(second["Urls"]) };
        var gateways = new[] { new GraphQLClient(httpA, ClusterProcesses.SecretariatKey), new GraphQLClient(httpB, ClusterProcesses.SecretariatKey) };

        var answers = new List<(HttpStatusCode Status, JsonNode Body)>();
        for (var round = 0; round < 2 * Budget / Price; round++)
        {
            answers.Add(await gateways[round % 2].SendAsync(FiveSmes));
        }

        var served = answers.Count(a => a.Status == HttpStatusCode.OK);
        var refused = answers.Where(a => a.Status == HttpStatusCode.TooManyRequests).ToList();

        Assert.Equal(Budget / Price, served);
        Assert.Equal(answers.Count - served, refused.Count);
        Assert.All(refused, r => Assert.Equal("RATE_LIMITED", r.Body["errors"]![0]!["extensions"]!["code"]!.GetValue<string>()));

        // A reserved a block of 10 and spent 5 of it; B sees the 80 the grain had left after both blocks, plus its own 5.
        Assert.Equal((Budget - Price, Budget - 10 - Price), (Remaining(answers[0].Body), Remaining(answers[1].Body)));
    }

    private static long Remaining(JsonNode body) => body["extensions"]!["cost"]!["remaining"]!.GetValue<long>();
}
