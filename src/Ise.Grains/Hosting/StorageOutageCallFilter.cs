using Ise.Errors;
using Microsoft.Extensions.Logging;

namespace Ise.Hosting;

/// <summary>
/// Turns a storage outage met by a grain call into the platform's retryable refusal
/// (<see cref="StorageOutage.Refusal"/>) instead of a storage provider's internal error, on both ends:
/// <list type="bullet">
/// <item>incoming: a call refused because storage failed — its own read or write of grain state, or a
/// call beneath it (the reminder service, another grain) — also deactivates the activation, whose memory
/// may now be ahead of storage (a registration kept in memory but never stored would otherwise be
/// reported "already registered" to the retry); the next call reads what is stored;</item>
/// <item>outgoing: a grain that could not even activate (its state could not be read) fails the call
/// before any grain code runs, so the caller's side of the call is where that failure is seen; and calls
/// queued for an activation being replaced that Orleans stops forwarding (a journaled grain whose write and
/// then whose next activation's read met the outage) are rejected without having run.</item>
/// </list>
/// The silo filters both ways; a gateway in cluster mode filters its outgoing calls, so what it answers is
/// <c>UNAVAILABLE</c> rather than an internal error.
/// </summary>
public sealed partial class StorageOutageCallFilter(ILogger<StorageOutageCallFilter> logger) : IIncomingGrainCallFilter, IOutgoingGrainCallFilter
{
    /// <summary>The refusal of a call Orleans rejected before it ran (its activation being replaced, its silo gone).</summary>
    public const string NotRunMessage = "The request could not be handled now (what it changes is being reloaded or moved); nothing changed. Retry shortly.";

    public async Task Invoke(IIncomingGrainCallContext context)
    {
        try
        {
            await context.Invoke();
        }
        catch (Exception failure) when (StorageOutage.Caused(failure) || failure is IseException { Code: IseErrorCode.Unavailable })
        {
            if (context.Grain is Grain)
            {
                context.TargetContext.Deactivate(new DeactivationReason(DeactivationReasonCode.ApplicationError, "storage failed during a call; the next call reads what is stored"));
            }

            if (failure is IseException)
            {
                throw;
            }

            LogRefused(logger, context.TargetId, context.InterfaceMethod.Name, failure.GetBaseException().Message);
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
        catch (OrleansMessageRejectionException)
        {
            throw new IseException(IseErrorCode.Unavailable, null, NotRunMessage);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Grain}.{Method} refused: storage is failing ({Problem})")]
    private static partial void LogRefused(ILogger logger, GrainId grain, string method, string problem);
}
