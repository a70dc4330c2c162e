using System.Net;
using System.Text.Json.Nodes;

namespace Ise.Gateway.Tests;

public sealed class EmbeddedHostTests(EmbeddedGatewayFactory factory) : IClassFixture<EmbeddedGatewayFactory>
{
    [Fact]
    public async Task Embedded_host_starts_in_process_and_is_ready()
    {
        using var client = factory.CreateClient();

        var response = await client.GetAsync(new Uri("/health/ready", UriKind.Relative));

        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", body["status"]!.GetValue<string>());
        Assert.Equal("Healthy", body["checks"]!["orleans"]!["status"]!.GetValue<string>());
        var journal = body["checks"]!["journal"]!;
        Assert.Equal("Healthy", journal["status"]!.GetValue<string>());
        Assert.Equal(0, journal["data"]!["parkedReceivers"]!.GetValue<int>());
        Assert.True(journal["data"]!["lagSeconds"]!.GetValue<double>() >= 0);
        Assert.Equal("127.0.0.1", client.BaseAddress!.Host);
    }

    [Fact]
    public async Task Liveness_answers_without_credentials()
    {
        using var client = factory.CreateClient();

        var response = await client.GetAsync(new Uri("/health/live", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
