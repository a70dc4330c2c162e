using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Ise.Gateway.Security;

/// <summary>
/// Part of readiness: not ready until the key directory was read once (before that, only configured
/// keys authenticate); degraded when the last read is older than three refresh periods, since
/// revocations made elsewhere then no longer reach this gateway.
/// </summary>
public sealed class ApiKeyDirectoryHealthCheck(ApiKeyDirectoryRefresher refresher, ApiKeyStore store, TimeProvider time) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var result = refresher.LastReadAt switch
        {
            null => HealthCheckResult.Unhealthy("the API key directory has not been read yet"),
            { } at when time.GetUtcNow() - at > 3 * refresher.Period =>
                HealthCheckResult.Degraded($"the API key directory was last read at {at:O} (version {store.DirectoryVersion})"),
            { } at => HealthCheckResult.Healthy($"API key directory version {store.DirectoryVersion}, read at {at:O}"),
        };
        return Task.FromResult(result);
    }
}
