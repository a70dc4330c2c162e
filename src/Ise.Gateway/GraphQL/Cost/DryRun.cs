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

    /// <summary>
    /// The refusal's message when the extensions hold a <c>dryRun</c> that is not a boolean: a client that
    /// wrote <c>"true"</c> or <c>1</c> meant a dry run, and running its mutation instead would be the worse mistake.
    /// </summary>
    public static string? Problem(IReadOnlyDictionary<string, object?>? extensions) =>
        extensions is not null && extensions.TryGetValue(ExtensionKey, out var value) && value is not bool
            ? $"extensions.{ExtensionKey} must be true or false."
            : null;

    /// <summary>True when the request's extensions ask for a dry run (the JSON value <c>true</c>, nothing else).</summary>
    public static bool IsRequested(IReadOnlyDictionary<string, object?>? extensions) =>
        extensions is not null && extensions.TryGetValue(ExtensionKey, out var value) && value is true;
}
