using System.Globalization;
using GraphQL.Types;
using GraphQLParser;
using GraphQLParser.AST;
using Ise.Gateway.GraphQL.Connections;
using Ise.Gateway.GraphQL.Transport;

namespace Ise.Gateway.GraphQL.Cost;

/// <summary>
/// Prices an operation before it runs: the most objects it may return, counted as GitHub's GraphQL API
/// counts them, from the parsed document, the schema and the request's variables.
/// <list type="bullet">
/// <item>A field with a page-size argument (<c>first</c>) returns a page of N objects, N being <c>first</c>
/// (or <see cref="PageSize.Default"/> when absent, at most <see cref="PageSize.Max"/>): it costs N, and
/// everything selected inside each of its objects costs N times as much. The page's own plumbing (the
/// connection, <c>edges</c>, <c>node</c>, <c>items</c>, <c>pageInfo</c>, cursors, counts) is free.</item>
/// <item>Any other field returning an object costs 1, and a list without a page-size argument counts as
/// one object (its length is not known before it runs; the schema's unpaged lists are short).</item>
/// <item>Scalars, enums, <c>__typename</c> and introspection cost nothing.</item>
/// <item>Each mutation field costs <see cref="MutationPrice"/>, its result included, plus what is
/// selected inside its result.</item>
/// </list>
/// Fragments (named and inline) are expanded, fields selected more than once under one response name
/// are merged as execution merges them, and <c>@skip</c>/<c>@include</c> are honoured with literal or
/// variable conditions; a condition whose value is not known counts the selection. The walk is bounded by
/// the pre-check's limits on expanded fields and depth (<see cref="Transport.DocumentPrecheck"/>), which has
/// already run; a fragment that spreads itself is not followed a second time (validation refuses it).
/// Sums saturate at <see cref="long.MaxValue"/>.
/// </summary>
public sealed class OperationPricer
{
    /// <summary>The fixed price of one mutation field.</summary>
    public const long MutationPrice = 10;

    private const string PageSizeArgument = "first";
    internal const string EdgeNode = "node";

    private readonly ISchema _schema;
    private readonly IReadOnlyDictionary<string, object?> _variables;
    private readonly Dictionary<string, GraphQLValue?> _defaults = new(StringComparer.Ordinal);
    private readonly Dictionary<string, GraphQLFragmentDefinition> _fragments;
    private readonly HashSet<string> _expanding = new(StringComparer.Ordinal);

    private OperationPricer(ISchema schema, GraphQLDocument document, GraphQLOperationDefinition operation, IReadOnlyDictionary<string, object?>? variables)
    {
        _schema = schema;
        _variables = variables ?? new Dictionary<string, object?>();
        foreach (var definition in operation.Variables?.Items ?? [])
        {
            _defaults[definition.Variable.Name.StringValue] = definition.DefaultValue;
        }

        _fragments = DocumentFragments.ByName(document);
    }

    /// <summary>
    /// The price of the operation the request names (or of its only operation), or null when there is no
    /// such operation or the schema has no root type for it: the executer then reports the problem.
    /// </summary>
    public static OperationCost? Price(ISchema schema, GraphQLDocument document, string? operationName, IReadOnlyDictionary<string, object?>? variables)
    {
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(document);
        var operations = document.Definitions.OfType<GraphQLOperationDefinition>().ToList();
        var operation = operationName is null
            ? operations.Count == 1 ? operations[0] : null
            : operations.Find(o => o.Name?.StringValue == operationName);
        if (operation is null)
        {
            return null;
        }

        schema.Initialize();
        IObjectGraphType? root = operation.Operation switch
        {
            OperationType.Query => schema.Query,
            OperationType.Mutation => schema.Mutation,
            _ => null,
        };
        if (root is null)
        {
            return null;
        }

        var pricer = new OperationPricer(schema, document, operation, variables);
        var requested = operation.Operation == OperationType.Mutation
            ? pricer.Mutations(operation.SelectionSet, root)
            : pricer.Objects([operation.SelectionSet], root, 1);
        return new OperationCost(requested);
    }

    private long Mutations(GraphQLSelectionSet selections, IObjectGraphType root)
    {
        long price = 0;
        foreach (var (field, definition, children) in Collect([selections], root))
        {
            if (IsFree(field))
            {
                continue;
            }

            var (type, _) = Unwrap(definition.ResolvedType);
            price = Plus(price, Plus(MutationPrice, Objects(children, type, 1)));
        }

        return price;
    }

    /// <summary>What is selected in each of <paramref name="count"/> objects of <paramref name="type"/>.</summary>
    private long Objects(List<GraphQLSelectionSet> selections, IGraphType? type, long count)
    {
        long price = 0;
        foreach (var (field, definition, children) in Collect(selections, type))
        {
            price = Plus(price, Field(field, definition, children, count));
        }

        return price;
    }

    /// <summary>One field selected in each of <paramref name="count"/> objects.</summary>
    private long Field(GraphQLField field, FieldType definition, List<GraphQLSelectionSet> children, long count)
    {
        var (type, _) = Unwrap(definition.ResolvedType);
        if (IsFree(field) || type is not IComplexGraphType)
        {
            return 0;
        }

        if (!IsPaged(definition))
        {
            return Plus(count, Objects(children, type, count));
        }

        var nodes = Times(count, PageSizeOf(field));
        return Plus(nodes, Page(children, definition.ResolvedType, count, nodes));
    }

    /// <summary>
    /// What is selected in <paramref name="pages"/> results of a paged field, holding <paramref name="nodes"/>
    /// objects in all, already paid for. A paged field returning a list is its objects; one returning an
    /// object is the page around them (a connection), whose lists are its objects or its edges.
    /// </summary>
    private long Page(List<GraphQLSelectionSet> selections, IGraphType? pageType, long pages, long nodes)
    {
        var (type, isList) = Unwrap(pageType);
        if (isList)
        {
            return Objects(selections, type, nodes);
        }

        long price = 0;
        foreach (var (field, definition, children) in Collect(selections, type))
        {
            var (fieldType, fieldIsList) = Unwrap(definition.ResolvedType);
            if (IsFree(field) || fieldType is not IComplexGraphType complex)
            {
                continue;
            }

            price = Plus(price, fieldIsList
                ? IsEdge(complex) ? Edges(children, complex, nodes) : Objects(children, complex, nodes)
                : Objects(children, complex, pages));
        }

        return price;
    }

    /// <summary>What is selected in <paramref name="nodes"/> edges: their <c>node</c> is the object already paid for.</summary>
    private long Edges(List<GraphQLSelectionSet> selections, IComplexGraphType edgeType, long nodes)
    {
        long price = 0;
        foreach (var (field, definition, children) in Collect(selections, edgeType))
        {
            price = Plus(price, field.Name.StringValue == EdgeNode
                ? Objects(children, Unwrap(definition.ResolvedType).Type, nodes)
                : Field(field, definition, children, nodes));
        }

        return price;
    }

    /// <summary>
    /// The fields the selection sets select on <paramref name="type"/>, fragments expanded and skipped
    /// selections left out, merged by response name (as execution merges them) with their sub-selections.
    /// Fields the type does not have are left out: validation refuses them.
    /// </summary>
    private List<(GraphQLField Field, FieldType Definition, List<GraphQLSelectionSet> Children)> Collect(List<GraphQLSelectionSet> selections, IGraphType? type)
    {
        var merged = new Dictionary<string, (GraphQLField Field, FieldType Definition, List<GraphQLSelectionSet> Children)>(StringComparer.Ordinal);
        var order = new List<string>();
        if (type is IComplexGraphType complex)
        {
            foreach (var set in selections)
            {
                CollectInto(set, complex, merged, order);
            }
        }

        return order.ConvertAll(key => merged[key]);
    }

    private void CollectInto(
        GraphQLSelectionSet set, IComplexGraphType type, Dictionary<string, (GraphQLField Field, FieldType Definition, List<GraphQLSelectionSet> Children)> merged, List<string> order)
    {
        foreach (var selection in set.Selections)
        {
            if (selection is IHasDirectivesNode directed && !Included(directed))
            {
                continue;
            }

            switch (selection)
            {
                case GraphQLField field when type.GetField(field.Name.StringValue) is { } definition:
                    var key = (field.Alias?.Name ?? field.Name).StringValue;
                    if (!merged.TryGetValue(key, out var entry))
                    {
                        entry = (field, definition, []);
                        merged[key] = entry;
                        order.Add(key);
                    }

                    if (field.SelectionSet is not null)
                    {
                        entry.Children.Add(field.SelectionSet);
                    }

                    break;
                case GraphQLInlineFragment inline when Applies(inline.TypeCondition, type):
                    CollectInto(inline.SelectionSet, type, merged, order);
                    break;
                case GraphQLFragmentSpread spread:
                    var name = spread.FragmentName.Name.StringValue;
                    if (_fragments.TryGetValue(name, out var fragment) && Applies(fragment.TypeCondition, type) && _expanding.Add(name))
                    {
                        CollectInto(fragment.SelectionSet, type, merged, order);
                        _expanding.Remove(name);
                    }

                    break;
            }
        }
    }

    /// <summary>Whether a fragment's type condition may hold for an object of <paramref name="type"/> (always, when either side is abstract).</summary>
    private bool Applies(GraphQLTypeCondition? condition, IComplexGraphType type)
    {
        if (condition is null)
        {
            return true;
        }

        var name = condition.Type.Name.StringValue;
        return name == type.Name || type is IAbstractGraphType || _schema.AllTypes[name] is IAbstractGraphType;
    }

    /// <summary>False when <c>@skip</c>'s condition is true or <c>@include</c>'s is false; a condition not known counts the selection.</summary>
    private bool Included(IHasDirectivesNode node)
    {
        foreach (var directive in node.Directives?.Items ?? [])
        {
            var condition = Resolve(directive.Arguments?.ValueFor("if"));
            switch (directive.Name.StringValue)
            {
                case "skip" when condition is true:
                case "include" when condition is false:
                    return false;
            }
        }

        return true;
    }

    /// <summary>The page size a paged field asks for: <c>first</c>, or the default; never more than the most a page holds, nor less than 0.</summary>
    private long PageSizeOf(GraphQLField field)
    {
        var first = Resolve(field.Arguments?.ValueFor(PageSizeArgument)) switch
        {
            long literal => literal,
            int number => number,
            double number when Math.Abs(number % 1) == 0 && Math.Abs(number) <= PageSize.Max * 2 => (long)number,
            decimal number when decimal.Truncate(number) == number && Math.Abs(number) <= PageSize.Max * 2 => (long)number,
            _ => (long?)null,
        };
        return first is { } asked ? Math.Clamp(asked, 0, PageSize.Max) : PageSize.Default;
    }

    /// <summary>
    /// A literal or variable argument's value as the request gives it: a boolean, a whole number (as
    /// <see cref="long"/>), another number, or null when absent, null or of any other kind. A variable
    /// missing from the request takes its definition's default.
    /// </summary>
    private object? Resolve(GraphQLValue? value) => value switch
    {
        GraphQLBooleanValue boolean => boolean.BoolValue,
        GraphQLIntValue number => long.TryParse(number.Value.Span, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var parsed) ? parsed : long.MaxValue,
        GraphQLVariable variable => _variables.TryGetValue(variable.Name.StringValue, out var given)
            ? given switch
            {
                bool or int or long or double or decimal => given,
                short or byte or sbyte or uint or ushort => Convert.ToInt64(given, CultureInfo.InvariantCulture),
                ulong big => big > long.MaxValue ? long.MaxValue : (long)big,
                System.Numerics.BigInteger => long.MaxValue,
                _ => null,
            }
            : _defaults.TryGetValue(variable.Name.StringValue, out var fallback) && fallback is not GraphQLVariable ? Resolve(fallback) : null,
        _ => null,
    };

    /// <summary>__typename and introspection (<c>__schema</c>, <c>__type</c>) cost nothing.</summary>
    private static bool IsFree(GraphQLField field) => IsFree(field.Name.StringValue);

    internal static bool IsFree(string fieldName) => fieldName.StartsWith("__", StringComparison.Ordinal);

    /// <summary>A field with a page size returns a page of objects (a list, or a connection around them).</summary>
    internal static bool IsPaged(FieldType definition) => definition.Arguments?.Find(PageSizeArgument) is not null;

    /// <summary>Whether a type is the edge of a connection: the object it holds is its <c>node</c>.</summary>
    internal static bool IsEdge(IGraphType? type) => type is IComplexGraphType complex && complex.GetField(EdgeNode) is not null;

    private static (IGraphType? Type, bool IsList) Unwrap(IGraphType? type)
    {
        var isList = false;
        while (type is NonNullGraphType or ListGraphType)
        {
            isList |= type is ListGraphType;
            type = type is NonNullGraphType nonNull ? nonNull.ResolvedType : ((ListGraphType)type).ResolvedType;
        }

        return (type, isList);
    }

    private static long Plus(long a, long b) => a > long.MaxValue - b ? long.MaxValue : a + b;

    private static long Times(long a, long b) => a == 0 || b == 0 ? 0 : a > long.MaxValue / b ? long.MaxValue : a * b;
}
