using Ise.Hosting;
using Ise.Hosting.Migrations;
using Ise.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Ise.Cluster.Tests;

/// <summary>
/// A cluster-mode silo inside the test process, configured by the same extension the silo host
/// uses, on its own loopback ports, against a test database (migrated first, as the host does).
/// </summary>
public sealed class InProcessSilo : IAsyncDisposable
{
    private readonly IHost _host;

    private InProcessSilo(IHost host) => _host = host;

    public IServiceProvider Services => _host.Services;

    public IGrainFactory Grains => _host.Services.GetRequiredService<IGrainFactory>();

    public static async Task<InProcessSilo> StartAsync(string connectionString, string clusterId = "ise-test")
    {
        var options = new IseOptions
        {
            Mode = IseMode.Cluster,
            Postgres = { ConnectionString = connectionString },
            Orleans = { ClusterId = clusterId, SiloPort = FreePort.Next(), GatewayPort = FreePort.Next() },
        };
        await new DatabaseMigrator(options.Postgres, NullLogger<DatabaseMigrator>.Instance).MigrateAsync();

        var builder = Host.CreateApplicationBuilder();
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.AddIseSilo(options);
        var host = builder.Build();
        await host.StartAsync();
        return new InProcessSilo(host);
    }

    public async ValueTask DisposeAsync()
    {
        await _host.StopAsync();
        _host.Dispose();
    }
}
