using System.Globalization;
using System.Text;
using System.Text.Json;
using Ise.Gateway.GraphQL;
using Ise.Gateway.GraphQL.Transport;
using Ise.Gateway.Hosting;
using Ise.Gateway.Hubs;
using Ise.Gateway.Live;
using Ise.Gateway.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Ise.Bench;

/// <summary>
/// The gateway in embedded mode (its own silo, in-memory storage, no demo data) on Kestrel at
/// 127.0.0.1, configured by the gateway's own extensions, plus one minimal-API endpoint of the bench,
/// <see cref="DirectPath"/>, serving the P4 page through <see cref="SmePageReader"/> behind the same
/// authentication, the gateway's GraphQL endpoint a second time at <see cref="WithoutPrecheckPath"/>, built with a
/// pre-check that only parses (<see cref="ParseOnlyPrecheck"/>, P8's baseline), and the live hubs
/// (<c>/hubs/events</c>) for P5. A <see cref="GrainCallTally"/> sees every grain call.
/// </summary>
public sealed class ApiHost : IAsyncDisposable
{
    public const string DirectPath = "/bench/smes";
    public const string WithoutPrecheckPath = "/bench/graphql-without-precheck";
    public const string ApiKey = "dev-secretariat";

    private readonly WebApplication _app;

    private ApiHost(WebApplication app, GrainCallTally calls, Uri address)
    {
        _app = app;
        Calls = calls;
        Address = address;
        Client = new HttpClient { BaseAddress = address };
        Client.DefaultRequestHeaders.Add("X-Api-Key", ApiKey);
    }

    public GrainCallTally Calls { get; }

    public Uri Address { get; }

    public HttpClient Client { get; }

    public IGrainFactory Grains => _app.Services.GetRequiredService<IGrainFactory>();

    /// <summary>The event hub's context, for sending to its groups from outside a hub.</summary>
    public IHubContext<EventHub, IEventHubClient> EventHub => _app.Services.GetRequiredService<IHubContext<EventHub, IEventHubClient>>();

    public static async Task<ApiHost> StartAsync()
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Production", ContentRootPath = AppContext.BaseDirectory });
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Ise:Mode"] = "Embedded",
            ["Ise:SeedDemoData"] = "false",
            ["Ise:Orleans:ClusterId"] = "bench-api",
            ["Ise:Orleans:SiloPort"] = "21113",
            ["Ise:Orleans:GatewayPort"] = "31002",

            // The bench measures the API, not its budgets: P4 alone reads hundreds of pages of 2,100 points.
            ["Ise:RateLimit:ApiKeyPointsPerWindow"] = "1000000000000",
        });
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.AddIseOrleans();
        builder.Services.AllowSlowResponses();
        builder.AddIseSecurity();
        builder.AddIseGraphQL();
        builder.AddIseLive();
        var calls = new GrainCallTally();
        builder.Services.AddSingleton<IOutgoingGrainCallFilter>(calls);

        var app = builder.Build();
        app.UseAuthentication();
        app.UseAuthorization();
        app.MapIseGraphQL();
        var withoutPrecheck = ActivatorUtilities.CreateInstance<GraphQLHttpEndpoint>(app.Services, new ParseOnlyPrecheck());
        app.Map(WithoutPrecheckPath, (HttpContext http) => withoutPrecheck.HandleAsync(http));
        app.MapIseLive();
        app.MapGet(DirectPath, async (string sector, IGrainFactory grains) =>
                Enum.TryParse<Sector>(sector, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed)
                    ? Results.Text((await SmePageReader.ReadAsync(grains, parsed)).ToJsonString(), "application/json")
                    : Results.BadRequest($"'{sector}' is not a sector."))
            .RequireAuthorization(IsePolicies.Caller);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new ApiHost(app, calls, new Uri(address, UriKind.Absolute));
    }

    public static string DirectQuery(Sector sector) => string.Create(CultureInfo.InvariantCulture, $"{DirectPath}?sector={sector}");

    /// <summary>Posts a GraphQL request to the gateway's endpoint (or the one at <paramref name="path"/>); its answer (errors included).</summary>
    public Task<JsonNode> GraphQLAsync(string query, object? variables = null, string path = GraphQLHttpEndpoint.Path) =>
        SendAsync(new HttpRequestMessage(HttpMethod.Post, path)
        {
            Content = new StringContent(JsonSerializer.Serialize(new { query, variables }), Encoding.UTF8, "application/json"),
        });

    /// <summary>Sends a request asking for JSON; its answer, or an exception naming the status and body.</summary>
    public async Task<JsonNode> SendAsync(HttpRequestMessage request)
    {
        using (request)
        {
            request.Headers.Accept.ParseAdd("application/json");
            using var response = await Client.SendAsync(request);
            var body = await response.Content.ReadAsStringAsync();
            return response.IsSuccessStatusCode
                ? JsonNode.Parse(body)!
                : throw new InvalidOperationException($"{request.RequestUri} answered {(int)response.StatusCode}: {body}");
        }
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
