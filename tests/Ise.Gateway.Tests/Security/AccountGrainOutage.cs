using Ise.Security;

namespace Ise.Gateway.Tests.Security;

/// <summary>
/// While <see cref="Active"/>, every call to a person's account grain fails as the Orleans client fails
/// a call when no silo answers (<see cref="SiloUnavailableException"/>); the rest of the cluster works.
/// </summary>
public sealed class AccountGrainOutage : IOutgoingGrainCallFilter
{
    private volatile bool _active;

    public bool Active
    {
        get => _active;
        set => _active = value;
    }

    public Task Invoke(IOutgoingGrainCallContext context) =>
        _active && context.InterfaceMethod.DeclaringType == typeof(IPersonAccountGrain)
            ? Task.FromException(new SiloUnavailableException("The silo hosting the account did not answer (test outage)."))
            : context.Invoke();
}
