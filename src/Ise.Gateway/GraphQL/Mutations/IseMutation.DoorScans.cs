using GraphQL;
using Ise.Events;
using Ise.Gateway.GraphQL.Errors;

namespace Ise.Gateway.GraphQL.Mutations;

/// <summary>The scan a door device names with <c>checkIn</c> and <c>walkIn</c>, so a queued scan replayed later is the same one.</summary>
public sealed partial class IseMutation
{
    private const string ScanIdDescription = "The door device's own id for this scan (1-64 letters, digits, '-' or '_'); the same scan sent again gets the first answer.";

    private const string ScannedAtDescription = "When the scan was made, with scanId (defaults to now): the check-in keeps this time.";

    /// <summary>The scan the arguments name, or null when they name none.</summary>
    private static DoorScan? DoorScanOf(IResolveFieldContext context)
    {
        var scanId = context.GetArgument<string?>("scanId");
        var scannedAt = context.GetArgument<DateTimeOffset?>("scannedAt");
        if (scanId is null)
        {
            return scannedAt is null ? null : throw ApiError.Invalid("scanId", "scannedAt goes with the scanId of the scan it dates.");
        }

        return new DoorScan(scanId, scannedAt ?? Now(context));
    }
}
