using GraphQL.Builders;

namespace Ise.Gateway.GraphQL.Connections;

/// <summary>The page size as the client wrote it (GraphQL.NET's <c>First</c> drops the sign, so <c>-1</c> would read as 1).</summary>
public static class ConnectionArguments
{
    public static int? RequestedFirst<TSource>(this IResolveConnectionContext<TSource> context) =>
        global::GraphQL.ResolveFieldContextExtensions.GetArgument<int?>(context, "first");
}
