using Ise.Errors;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Ise.Hosting.Health;

/// <summary>
/// Ready when the Orleans cluster answers a call and lists at least one active silo. A silo that answers but cannot
/// read the membership table (PostgreSQL away) is not called unreachable: the <c>postgres</c> check names the cause.
/// </summary>
public sealed class ClusterHealthCheck(IClusterClient client) : IHealthCheck
{
    private static readonly TimeSpan s_timeout = TimeSpan.FromSeconds(5);

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var hosts = await client.GetGrain<IManagementGrain>(0).GetHosts(onlyActive: true, cancellationToken).WaitAsync(s_timeout, cancellationToken);
            return hosts.Count > 0
                ? HealthCheckResult.Healthy($"{hosts.Count} active silo(s)")
                : HealthCheckResult.Unhealthy("no active silo");
        }
        catch (IseException refusal) when (refusal.Code == IseErrorCode.Unavailable)
        {
            return HealthCheckResult.Unhealthy("The Orleans cluster answers but cannot read its membership from storage", refusal);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            return HealthCheckResult.Unhealthy("Orleans cluster unreachable", ex);
        }
    }
}
