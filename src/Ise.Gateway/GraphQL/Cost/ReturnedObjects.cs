using GraphQL;
using GraphQL.Execution;
using GraphQLParser.AST;

namespace Ise.Gateway.GraphQL.Cost;

/// <summary>
/// The actual cost of an operation that ran: the objects that came back, counted by the rules that price
/// it (<see cref="OperationPricer"/>), from the result tree execution leaves for the serializer (one walk
/// over what is about to be written anyway). A page counts the objects it holds, not its page size; an
/// object that came back null counts nothing; each element of an unpaged list counts (the price counts
/// the list as one, not knowing its length); a mutation field costs <see cref="OperationPricer.MutationPrice"/>
/// however it ended.
/// </summary>
public static class ReturnedObjects
{
    /// <summary>The count, or null when the result holds no tree (nothing ran).</summary>
    public static long? Count(ExecutionResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        if (result.Data is not ObjectExecutionNode { SubFields: { } roots })
        {
            return null;
        }

        var isMutation = result.Operation?.Operation == OperationType.Mutation;
        long count = 0;
        foreach (var root in roots)
        {
            count += isMutation ? Mutation(root) : Field(root);
        }

        return count;
    }

    /// <summary>A mutation field: its fixed price, and what is selected inside its result.</summary>
    private static long Mutation(ExecutionNode field) =>
        IsFree(field) ? 0 : OperationPricer.MutationPrice + (field is ObjectExecutionNode { Result: not null } result ? Inside(result) : 0);

    /// <summary>A field as it came back: an object, a list of them, a page of them, or a scalar (nothing).</summary>
    private static long Field(ExecutionNode node)
    {
        if (node.Result is null || IsFree(node) || node.FieldDefinition is not { } definition)
        {
            return 0;
        }

        return node switch
        {
            ArrayExecutionNode list => Elements(list),
            ObjectExecutionNode page when OperationPricer.IsPaged(definition) => Page(page),
            ObjectExecutionNode single => 1 + Inside(single),
            _ => 0,
        };
    }

    /// <summary>What is selected inside an object that is already counted.</summary>
    private static long Inside(ObjectExecutionNode node) => node.SubFields?.Sum(Field) ?? 0;

    /// <summary>Each object of a list (and of lists inside it) and what is selected inside it.</summary>
    private static long Elements(ArrayExecutionNode list) => list.Items?.Sum(Element) ?? 0;

    private static long Element(ExecutionNode item) => item switch
    {
        { Result: null } => 0,
        ObjectExecutionNode single => 1 + Inside(single),
        ArrayExecutionNode inner => Elements(inner),
        _ => 0,
    };

    /// <summary>A connection: free itself, its lists are its objects or its edges (whose <c>node</c> is the object), the rest (<c>pageInfo</c>) free.</summary>
    private static long Page(ObjectExecutionNode page)
    {
        long count = 0;
        foreach (var part in page.SubFields ?? [])
        {
            count += part switch
            {
                { Result: null } => 0,
                ArrayExecutionNode list => list.Items?.Sum(item => item is ObjectExecutionNode edge && OperationPricer.IsEdge(edge.GraphType) ? Edge(edge) : Element(item)) ?? 0,
                ObjectExecutionNode plumbing => Inside(plumbing),
                _ => 0,
            };
        }

        return count;
    }

    private static bool IsFree(ExecutionNode field) => OperationPricer.IsFree(field.FieldDefinition?.Name ?? "");

    private static long Edge(ExecutionNode edge) => edge is ObjectExecutionNode { Result: not null } holder
        ? holder.SubFields?.Sum(part => part.FieldDefinition?.Name == OperationPricer.EdgeNode ? Element(part) : Field(part)) ?? 0
        : 0;
}
