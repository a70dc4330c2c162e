using GraphQL;
using GraphQL.Execution;
using ExecutionContext = GraphQL.Execution.ExecutionContext;

namespace Ise.Gateway.GraphQL.Cost;

/// <summary>Runs nothing: the request has been validated and priced, and that is all a dry run does.</summary>
public sealed class DryRunExecutionStrategy : ExecutionStrategy
{
    public static DryRunExecutionStrategy Instance { get; } = new();

    public override Task<ExecutionResult> ExecuteAsync(ExecutionContext context) => Task.FromResult(new ExecutionResult());

    /// <summary>Never reached: <see cref="ExecuteAsync"/> builds no tree of fields to resolve.</summary>
    public override Task ExecuteNodeTreeAsync(ExecutionContext context, ExecutionNode rootNode) => Task.CompletedTask;
}
