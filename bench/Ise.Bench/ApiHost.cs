using System.Globalization;
using Ise.Gateway.GraphQL;
using Ise.Gateway.Hosting;
using Ise.Gateway.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Ise.Bench;

/// <summary>
/// The gateway in embedded mode (its own silo, in-memory storage, no demo data) on Kestrel at
/// 127.0.0.1, configured by the gateway's own extensions, plus one minimal-API endpoint of the bench,
/// <see cref="DirectPath"/>, serving the P4 page through <see cref="SmePageReader"/> behind the same
/// authentication. A <see cref="GrainCallTally"/> sees every grain call.
/// </summary>
public sealed class ApiHost : IAsyncDisposable
{
    public const string DirectPath = "/bench/smes";
    public const string ApiKey = "dev-secretariat";

    private readonly WebApplication _app;

    private ApiHost(WebApplication app, GrainCallTally calls, Uri address)
    {
        _app = app;
        Calls = calls;
        Client = new HttpClient { BaseAddress = address };
        Client.DefaultRequestHeaders.Add("X-Api-Key", ApiKey);
    }

    public GrainCallTally Calls { get; }

    public HttpClient Client { get; }

    public IGrainFactory Grains => _app.Services.GetRequiredService<IGrainFactory>();

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
        });
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.AddIseOrleans();
        builder.AddIseSecurity();
        builder.AddIseGraphQL();
        var calls = new GrainCallTally();
        builder.Services.AddSingleton<IOutgoingGrainCallFilter>(calls);

        var app = builder.Build();
        app.UseAuthentication();
        app.UseAuthorization();
        app.MapIseGraphQL();
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

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
