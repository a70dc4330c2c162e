using System.Globalization;

namespace Ise.Gateway.GraphQL.Cost;

/// <summary>
/// What an operation costs, returned to the caller in <c>extensions.cost</c>. <see cref="Requested"/> is
/// the price computed before execution by <see cref="OperationPricer"/>: the most objects the operation
/// may return, and what its caller's budget is charged. <see cref="Actual"/> counts the objects that came
/// back by the same rules (<see cref="ReturnedObjects"/>), reported only when it differs. <see cref="Remaining"/>
/// and <see cref="ResetAt"/> are the caller's budget after the charge (<see cref="PointBudgets"/>).
/// Nothing is reported that is not known.
/// </summary>
public sealed record OperationCost(long? Requested, long? Actual = null, long? Remaining = null, DateTimeOffset? ResetAt = null)
{
    /// <summary>The key of the cost in a response's <c>extensions</c>.</summary>
    public const string ExtensionKey = "cost";

    /// <summary>This cost with the caller's budget as the charge left it.</summary>
    public OperationCost After(BudgetCharge charge)
    {
        ArgumentNullException.ThrowIfNull(charge);
        return this with { Remaining = charge.Remaining, ResetAt = charge.ResetAt };
    }

    /// <summary>The JSON object placed in <c>extensions.cost</c>.</summary>
    public IDictionary<string, object?> ToExtension()
    {
        var extension = new Dictionary<string, object?>(StringComparer.Ordinal);
        if (Requested is { } requested)
        {
            extension["requested"] = requested;
        }

        if (Actual is { } actual && actual != Requested)
        {
            extension["actual"] = actual;
        }

        if (Remaining is { } remaining)
        {
            extension["remaining"] = remaining;
        }

        if (ResetAt is { } resetAt)
        {
            extension["resetAt"] = resetAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        }

        return extension;
    }
}
