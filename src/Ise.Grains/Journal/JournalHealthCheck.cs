using System.Globalization;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace Ise.Journal;

/// <summary>
/// The silo's effect delivery in <c>/health/ready</c>: healthy with its figures (lag, batches waiting,
/// receivers failing); degraded, still ready, when a committed batch has waited longer than
/// <see cref="EffectDispatcherOptions.LagDegradedAfter"/> or a receiver keeps failing, so an operator
/// sees that figures elsewhere are behind before anyone asks why a dashboard is.
/// </summary>
public sealed class JournalHealthCheck(EffectDispatcher dispatcher, IOptions<EffectDispatcherOptions> options) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var lag = dispatcher.Lag;
        var pending = dispatcher.PendingBatches;
        var parked = dispatcher.ParkedReceivers;
        var data = new Dictionary<string, object>
        {
            ["lagSeconds"] = Math.Round(lag.TotalSeconds, 1),
            ["pendingBatches"] = pending,
            ["parkedReceivers"] = parked,
        };
        var limit = options.Value.LagDegradedAfter;
        if (lag <= limit && parked == 0)
        {
            return Task.FromResult(HealthCheckResult.Healthy("Effects of committed changes are being delivered.", data));
        }

        var description = string.Create(CultureInfo.InvariantCulture,
            $"The oldest of {pending} committed batches has waited {lag.TotalSeconds:0.0} s for delivery (limit {limit.TotalSeconds:0} s); {parked} receivers are failing and retried with backoff.");
        return Task.FromResult(HealthCheckResult.Degraded(description, data: data));
    }
}
