namespace Ise.Gateway.GraphQL.Cost;

/// <summary>
/// What an operation costs, returned to the caller in <c>extensions.cost</c>. <see cref="Requested"/> is
/// the price computed before execution by <see cref="OperationPricer"/>: the most objects the operation
/// may return. The budgets (points remaining, when the window resets) are not built yet; when they are,
/// they join this record and <see cref="ToExtension"/>, and nothing is reported that is not known.
/// </summary>
public sealed record OperationCost(long Requested)
{
    /// <summary>The key of the cost in a response's <c>extensions</c>.</summary>
    public const string ExtensionKey = "cost";

    /// <summary>The JSON object placed in <c>extensions.cost</c>.</summary>
    public IDictionary<string, object?> ToExtension() => new Dictionary<string, object?>(StringComparer.Ordinal)
    {
        ["requested"] = Requested,
    };
}
