using System.Text.Json.Serialization;
using Ise.Gateway.Demo;
using Ise.Gateway.Hubs;
using Ise.Hosting;

namespace Ise.Gateway.Live;

/// <summary>The live side of the gateway: SignalR hubs fed by grain observers, the demo's simulated arrivals, and the home page.</summary>
public static class LiveExtensions
{
    public static WebApplicationBuilder AddIseLive(this WebApplicationBuilder builder)
    {
        builder.Services.AddSignalR().AddJsonProtocol(o => o.PayloadSerializerOptions.Converters.Add(new JsonStringEnumConverter()));
        builder.Services.AddSingleton<DisplayNames>();
        builder.Services.AddSingleton<LiveSubscriptions>();
        builder.Services.AddHostedService<LiveSubscriptionRenewer>();
        if (IseOptions.From(builder.Configuration).Mode == IseMode.Embedded)
        {
            builder.Services.AddHostedService<DemoArrivals>();
        }

        return builder;
    }

    public static WebApplication MapIseLive(this WebApplication app)
    {
        app.MapHub<EventHub>(EventHub.Path);
        app.MapHub<ClusterHub>(ClusterHub.Path);
        app.MapLivePage(LivePage.HomePath, "home.html");
        return app;
    }
}
