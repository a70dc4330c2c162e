using Ise.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Ise.Gateway.Tests.ApiKeys;

/// <summary>The embedded gateway (and its silo) on a wall clock the test moves forward; timers run as usual.</summary>
public sealed class MovableClockGatewayFactory : EmbeddedGatewayFactory
{
    public ShiftedTimeProvider Time { get; } = new();

    protected override void ConfigureTestServices(IServiceCollection services) => services.AddSingleton<TimeProvider>(Time);
}
