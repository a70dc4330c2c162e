using System.Net;
using System.Net.Sockets;
using Ise.Hosting;
using Ise.Hosting.Migrations;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Orleans.Storage;

namespace Ise.Bench;

/// <summary>
/// A silo in the bench process, configured by the platform's own silo extension (memory or
/// PostgreSQL), on free loopback ports, so parts of the benchmark can run in separate processes at once.
/// </summary>
public sealed class BenchSilo : IAsyncDisposable
{
    private readonly IHost _host;

    private BenchSilo(IHost host) => _host = host;

    public IGrainFactory Grains => _host.Services.GetRequiredService<IGrainFactory>();

    public IServiceProvider Services => _host.Services;

    public static Task<BenchSilo> InMemoryAsync() => StartAsync(new IseOptions
    {
        Mode = IseMode.Embedded,
        Orleans = { SiloPort = FreePort(), GatewayPort = FreePort(), ClusterId = "bench-memory" },
    });

    public static async Task<BenchSilo> OnPostgresAsync(string connectionString)
    {
        var options = new IseOptions
        {
            Mode = IseMode.Cluster,
            Postgres = { ConnectionString = connectionString },
            Orleans = { SiloPort = FreePort(), GatewayPort = FreePort(), ClusterId = "bench-" + Guid.NewGuid().ToString("N")[..6] },
        };
        await new DatabaseMigrator(options.Postgres, NullLogger<DatabaseMigrator>.Instance).MigrateAsync();
        return await StartAsync(options);
    }

    private static async Task<BenchSilo> StartAsync(IseOptions options)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.UseOrleans(silo =>
        {
            silo.ConfigureIseSilo(options);
            silo.Services.AllowSlowResponses();
            silo.Services.AddSingleton<IGrainStorageSerializer>(sp =>
                new CountingStorageSerializer(ActivatorUtilities.CreateInstance<SystemTextJsonGrainStorageSerializer>(sp)));
        });
        var host = builder.Build();
        await host.StartAsync();
        return new BenchSilo(host);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        await _host.StopAsync();
        _host.Dispose();
        // Each measurement has its own database: close this one's idle connections, or their pools
        // would hold PostgreSQL's connection slots for the rest of the run.
        Npgsql.NpgsqlConnection.ClearAllPools();
    }
}
