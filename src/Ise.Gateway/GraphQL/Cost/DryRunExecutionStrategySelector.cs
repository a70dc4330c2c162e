using GraphQL.Execution;

namespace Ise.Gateway.GraphQL.Cost;

/// <summary>
/// The usual strategies (parallel for queries, serial for mutations), except for a dry run
/// (<see cref="DryRun"/>), which GraphQL.NET only reaches after the document and its variables are valid.
/// </summary>
public sealed class DryRunExecutionStrategySelector(IEnumerable<ExecutionStrategyRegistration> registrations)
    : DefaultExecutionStrategySelector(registrations)
{
    public override IExecutionStrategy Select(global::GraphQL.Execution.ExecutionContext context) =>
        DryRun.IsRequested(context.InputExtensions) ? DryRunExecutionStrategy.Instance : base.Select(context);
}
