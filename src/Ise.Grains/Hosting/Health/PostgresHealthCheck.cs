using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Ise.Hosting.Health;

/// <summary>Ready when PostgreSQL (cluster mode's storage) accepts a connection.</summary>
public sealed class PostgresHealthCheck(IseOptions options) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await PostgresPreflight.CheckAsync(options.Postgres, cancellationToken);
            return HealthCheckResult.Healthy();
        }
        catch (DatabaseUnreachableException ex)
        {
            return HealthCheckResult.Unhealthy(ex.Message);
        }
    }
}
