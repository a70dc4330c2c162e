using Microsoft.Extensions.Logging;

namespace Ise.Hosting;

/// <summary>
/// Turns a storage outage met by a grain call into the platform's retryable refusal
/// (<see cref="StorageOutage.Refusal"/>) instead of a storage provider's internal error, on both ends:
/// <list type="bullet">
/// <item>incoming: a call whose read or write of grain state failed also deactivates the activation, whose
/// memory may now be ahead of storage (a registration kept in memory but never stored would otherwise be
/// reported "already registered" to the retry); the next call reads what is stored;</item>
/// <item>outgoing: a grain that could not even activate (its state could not be read) fails the call
/// before any grain code runs, so the caller's side of the call is where that failure is seen.</item>
/// </list>
/// </summary>
public sealed partial class StorageOutageCallFilter(ILogger<StorageOutageCallFilter> logger) : IIncomingGrainCallFilter, IOutgoingGrainCallFilter
{
    public async Task Invoke(IIncomingGrainCallContext context)
    {
        try
        {
            await context.Invoke();
        }
        catch (Exception failure) when (StorageOutage.Caused(failure))
        {
            LogRefused(logger, context.TargetId, context.InterfaceMethod.Name, failure.GetBaseException().Message);
            context.TargetContext.Deactivate(new DeactivationReason(DeactivationReasonCode.ApplicationError, "storage failed during a call; the next call reads what is stored"));
            throw StorageOutage.Refusal();
        }
    }

    public async Task Invoke(IOutgoingGrainCallContext context)
    {
        try
        {
            await context.Invoke();
        }
        catch (Exception failure) when (StorageOutage.Caused(failure))
        {
            throw StorageOutage.Refusal();
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Grain}.{Method} refused: storage is failing ({Problem})")]
    private static partial void LogRefused(ILogger logger, GrainId grain, string method, string problem);
}
