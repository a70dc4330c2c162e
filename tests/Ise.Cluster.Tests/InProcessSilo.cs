using Ise.Hosting;
using Ise.Hosting.Health;
using Ise.Hosting.Migrations;
using Ise.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Ise.Cluster.Tests;

/// <summary>
/// A cluster-mode silo inside the test process, configured by the same extension the silo host
/// uses, on its own loopback ports, against a test database (migrated first, as the host does), with
/// any further <c>Ise:...</c> settings a test gives.
/// </summary>
public sealed class InProcessSilo : IAsyncDisposable
{
    private readonly IHost _host;

    private InProcessSilo(IHost host) => _host = host;

    public IServiceProvider Services => _host.Services;

    public IGrainFactory Grains => _host.Services.GetRequiredService<IGrainFactory>();

    public static async Task<InProcessSilo> StartAsync(string connectionString, string clusterId = "ise-test", IReadOnlyDictionary<string, string?>? settings = null)
    {
        var options = new IseOptions
        {
            Mode = IseMode.Cluster,
            Postgres = { ConnectionString = connectionString },
            Orleans = { ClusterId = clusterId, SiloPort = FreePort.Next(), GatewayPort = FreePort.Next() },
        };
        await new DatabaseMigrator(options.Postgres, NullLogger<DatabaseMigrator>.Instance).MigrateAsync();

        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection(settings ?? new Dictionary<string, string?>());
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.AddIseSilo(options);
        var host = builder.Build();
        await host.StartAsync();
        return new InProcessSilo(host);
    }

    /// <summary>What <c>/health/ready</c> answers on this silo now.</summary>
    public Task<HealthReport> ReadinessAsync() =>
        Services.GetRequiredService<HealthCheckService>().CheckHealthAsync(c => c.Tags.Contains(IseHealthCheckExtensions.ReadyTag));

    /// <summary>Waits until <c>/health/ready</c>'s <c>postgres</c> check has <paramref name="status"/>, and returns its description.</summary>
    public async Task<string?> PostgresReadinessBecomesAsync(HealthStatus status, TimeSpan timeout)
    {
        HealthReportEntry entry = default;
        await Eventually.TrueAsync(async () => (entry = (await ReadinessAsync()).Entries["postgres"]).Status == status, timeout,
            $"/health/ready reports PostgreSQL {status}");
        return entry.Description;
    }

    public async ValueTask DisposeAsync()
    {
        await _host.StopAsync();
        _host.Dispose();
    }
}
