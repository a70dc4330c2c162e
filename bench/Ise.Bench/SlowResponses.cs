using Microsoft.Extensions.DependencyInjection;
using Orleans.Configuration;

namespace Ise.Bench;

/// <summary>
/// The bench's silos wait up to <see cref="Timeout"/> for a grain call's response instead of
/// Orleans' 30 s: on a machine shared with other work a call can queue that long, and a figure is
/// better late than a run that aborts. Waiting longer changes no measured value; slow answers show
/// in the latencies.
/// </summary>
public static class SlowResponses
{
    public static readonly TimeSpan Timeout = TimeSpan.FromMinutes(5);

    public static IServiceCollection AllowSlowResponses(this IServiceCollection services) =>
        services.Configure<SiloMessagingOptions>(o => o.ResponseTimeout = Timeout);
}
