using Ise.Gateway.Demo;
using Ise.Hosting;
using Ise.Hosting.Health;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Orleans.Configuration;
using Orleans.Dashboard;

namespace Ise.Gateway.Hosting;

/// <summary>
/// Embedded mode: the gateway hosts the silo in its own process. Cluster mode: it joins the cluster
/// as an Orleans client, finding the silos' gateways through the membership table in PostgreSQL.
/// </summary>
public static class GatewayOrleansExtensions
{
    public static WebApplicationBuilder AddIseOrleans(this WebApplicationBuilder builder)
    {
        var options = IseOptions.From(builder.Configuration);
        builder.Services.TryAddSingleton(TimeProvider.System);
        if (options.Mode == IseMode.Embedded)
        {
            builder.AddIseSilo();
            builder.Services.AddSingleton<DemoDataSeeder>();
            builder.Services.AddHostedService(services => services.GetRequiredService<DemoDataSeeder>());
            return builder;
        }

        builder.Services.AddSingleton(options);
        builder.UseOrleansClient(client =>
        {
            client.Configure<ClusterOptions>(cluster =>
            {
                cluster.ClusterId = options.Orleans.ClusterId;
                cluster.ServiceId = options.Orleans.ServiceId;
            });
            client.UseAdoNetClustering(o =>
            {
                o.Invariant = IseKeys.PostgresInvariant;
                o.ConnectionString = options.Postgres.ConnectionString;
            });
            client.AddActivityPropagation();
            client.AddOutgoingGrainCallFilter<StorageOutageCallFilter>();
            client.Services.AddIseStorageExceptionSerialization();
            client.AddDashboard();
        });
        builder.Services.AddIseHealthChecks(options);
        return builder;
    }
}
