using GraphQLParser.AST;
using GraphQLParser.Exceptions;

namespace Ise.Gateway.GraphQL.Transport;

/// <summary>
/// Checks a document before it is validated and run, in linear time: more than <see cref="MaxFields"/>
/// fields as written (alias bombs), more than <see cref="MaxExpandedFields"/> once fragments are
/// expanded (fragment fan-out), nesting beyond the parser's limit, or a subscription (live updates
/// come over SignalR). GraphQL.NET's own validation compares fields pairwise, so a document with
/// thousands of fields would cost seconds before any limit refused it.
/// </summary>
public static class DocumentLimits
{
    public const int MaxFields = 2_000;
    public const long MaxExpandedFields = 20_000;

    /// <summary>What is wrong with the document, or null when it may go on (syntax errors are left to the executer to report).</summary>
    public static string? Problem(string query)
    {
        GraphQLDocument document;
        try
        {
            document = GraphQLParser.Parser.Parse(query);
        }
        catch (GraphQLMaxDepthExceededException)
        {
            return $"The document nests deeper than the parser accepts; the API allows a depth of {GraphQLExtensions.MaxDepth}.";
        }
        catch (GraphQLSyntaxErrorException)
        {
            return null;
        }

        var fragments = document.Definitions.OfType<GraphQLFragmentDefinition>()
            .GroupBy(f => f.FragmentName.Name.StringValue, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var written = document.Definitions.Sum(d => d switch
        {
            GraphQLOperationDefinition o => Written(o.SelectionSet),
            GraphQLFragmentDefinition f => Written(f.SelectionSet),
            _ => 0,
        });
        if (written > MaxFields)
        {
            return $"The document selects {written} fields; at most {MaxFields} in one request.";
        }

        var expanded = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var operation in document.Definitions.OfType<GraphQLOperationDefinition>())
        {
            if (operation.Operation == OperationType.Subscription)
            {
                return "Subscriptions are not served over GraphQL: live updates come from the SignalR hubs.";
            }

            if (Expand(operation.SelectionSet, fragments, expanded, []) > MaxExpandedFields)
            {
                return $"The operation selects more than {MaxExpandedFields} fields once its fragments are expanded.";
            }
        }

        return null;
    }

    private static int Written(GraphQLSelectionSet? set) => set is null ? 0 : set.Selections.Sum(s => s switch
    {
        GraphQLField field => 1 + Written(field.SelectionSet),
        GraphQLInlineFragment inline => Written(inline.SelectionSet),
        _ => 0,
    });

    /// <summary>Fields a selection set stands for with its fragments expanded (each fragment counted once, memoized; cycles count 0).</summary>
    private static long Expand(GraphQLSelectionSet? set, Dictionary<string, GraphQLFragmentDefinition> fragments, Dictionary<string, long> memo, HashSet<string> visiting)
    {
        if (set is null)
        {
            return 0;
        }

        long total = 0;
        foreach (var selection in set.Selections)
        {
            total += selection switch
            {
                GraphQLField field => 1 + Expand(field.SelectionSet, fragments, memo, visiting),
                GraphQLInlineFragment inline => Expand(inline.SelectionSet, fragments, memo, visiting),
                GraphQLFragmentSpread spread => Fragment(spread.FragmentName.Name.StringValue, fragments, memo, visiting),
                _ => 0,
            };
            if (total > MaxExpandedFields)
            {
                return total;
            }
        }

        return total;
    }

    private static long Fragment(string name, Dictionary<string, GraphQLFragmentDefinition> fragments, Dictionary<string, long> memo, HashSet<string> visiting)
    {
        if (memo.TryGetValue(name, out var known))
        {
            return known;
        }

        if (!fragments.TryGetValue(name, out var fragment) || !visiting.Add(name))
        {
            return 0;
        }

        var count = Expand(fragment.SelectionSet, fragments, memo, visiting);
        visiting.Remove(name);
        memo[name] = count;
        return count;
    }
}
