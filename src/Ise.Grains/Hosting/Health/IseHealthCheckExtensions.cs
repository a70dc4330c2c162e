using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Ise.Hosting.Health;

/// <summary>
/// <c>/health/live</c> (the process answers) and <c>/health/ready</c> (storage and cluster reachable, and on a
/// silo the journal's effect delivery), the latter answering with each check's status and figures in JSON.
/// </summary>
public static class IseHealthCheckExtensions
{
    /// <summary>The tag of the checks <c>/health/ready</c> runs.</summary>
    public const string ReadyTag = "ready";

    public static IServiceCollection AddIseHealthChecks(this IServiceCollection services, IseOptions options)
    {
        var checks = services.AddHealthChecks().AddCheck<ClusterHealthCheck>("orleans", tags: [ReadyTag]);
        if (options.Mode == IseMode.Cluster)
        {
            checks.AddCheck<PostgresHealthCheck>("postgres", tags: [ReadyTag]);
        }

        return services;
    }

    public static IEndpointRouteBuilder MapIseHealthChecks(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false });
        endpoints.MapHealthChecks("/health/ready", new HealthCheckOptions
        {
            Predicate = check => check.Tags.Contains(ReadyTag),
            ResponseWriter = HealthReportJson.WriteAsync,
        });
        return endpoints;
    }
}
