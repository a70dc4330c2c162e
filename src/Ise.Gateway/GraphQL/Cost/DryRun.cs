using GraphQL;

namespace Ise.Gateway.GraphQL.Cost;

/// <summary>
/// A request whose <c>extensions</c> hold <c>"dryRun": true</c> is parsed, pre-checked, validated
/// (variables included) and priced, but not executed: <see cref="DryRunExecutionStrategySelector"/> puts
/// <see cref="DryRunExecutionStrategy"/> in place of the real strategy once validation has passed.
/// </summary>
public static class DryRun
{
    public const string ExtensionKey = "dryRun";

    /// <summary>True when the request's extensions ask for a dry run (the JSON value <c>true</c>, nothing else).</summary>
    public static bool IsRequested(IReadOnlyDictionary<string, object?>? extensions) =>
        extensions is not null && extensions.TryGetValue(ExtensionKey, out var value) && value is true;
}
