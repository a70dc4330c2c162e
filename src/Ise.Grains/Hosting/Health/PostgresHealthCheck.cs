using Ise.Journal;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Ise.Hosting.Health;

/// <summary>
/// Ready when PostgreSQL (cluster mode's storage) answers and this process can write to it: each pool it
/// writes through lends, within <see cref="PostgresOptions.ConnectTimeoutSeconds"/>, a connection that
/// answers a query — the pool of <see cref="PostgresOptions.PooledConnectionString"/> (grain state,
/// membership, reminders) and, on a silo, the journal's. A server away and a pool whose every connection
/// is taken both make writes fail, so readiness reports either while it lasts.
/// </summary>
public sealed class PostgresHealthCheck(IseOptions options, IServiceProvider services) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await PostgresPreflight.CheckAsync(options.Postgres, cancellationToken);
            if (services.GetService<JournalDataSource>() is { } journal)
            {
                await PostgresPreflight.CheckPoolAsync("journal", ct => journal.Value.OpenConnectionAsync(ct), options.Postgres, cancellationToken);
            }

            return HealthCheckResult.Healthy();
        }
        catch (DatabaseUnreachableException ex)
        {
            return HealthCheckResult.Unhealthy(ex.Message);
        }
    }
}
