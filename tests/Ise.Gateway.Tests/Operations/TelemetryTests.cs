using Ise.Hosting.Telemetry;
using Ise.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Trace;

namespace Ise.Gateway.Tests.Operations;

public sealed class TelemetryTests
{
    [Fact]
    public async Task Telemetry_is_off_unless_an_otlp_endpoint_is_configured()
    {
        await using var factory = new EmbeddedGatewayFactory();
        using var client = factory.CreateClient();

        Assert.False(factory.Services.GetRequiredService<TelemetryOptions>().Enabled);
        Assert.Null(factory.Services.GetService<TracerProvider>());
    }

    [Fact]
    public async Task With_an_endpoint_traces_and_metrics_of_aspnetcore_and_orleans_reach_the_collector()
    {
        await using var collector = await OtlpReceiver.StartAsync();
        await using var factory = new TelemetryGatewayFactory(collector.Endpoint);
        using var http = factory.CreateClient();
        var graphql = new GraphQLClient(http);

        await graphql.DataAsync("{ smes(first: 3) { edges { node { id name stage { stage } } } } }");

        await Eventually.TrueAsync(
            () => Task.FromResult(collector.Received("traces", "ise-gateway") && collector.Received("traces", "/graphql")
                && collector.Received("traces", "Microsoft.Orleans.Application")),
            TimeSpan.FromSeconds(30),
            "the request's trace, with its grain calls, is exported");
        await Eventually.TrueAsync(
            () => Task.FromResult(collector.Received("metrics", "http.server.request.duration") && collector.Received("metrics", "Microsoft.Orleans")),
            TimeSpan.FromSeconds(30),
            "ASP.NET Core and Orleans metrics are exported");
    }

    private sealed class TelemetryGatewayFactory(Uri collector) : EmbeddedGatewayFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Ise:Telemetry:OtlpEndpoint", collector.ToString());
            builder.UseSetting("Ise:Telemetry:Protocol", "HttpProtobuf");
            builder.UseSetting("Ise:Telemetry:ExportIntervalSeconds", "1");
        }
    }
}
