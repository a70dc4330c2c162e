using GraphQLParser.AST;

namespace Ise.Gateway.GraphQL.Transport;

/// <summary>
/// One pass over a document as written: counts fields, directives, arguments and variable definitions,
/// and checks the limits on each location (directives on one field, arguments of one field or directive)
/// as it goes. The pass is linear and stops at the first limit passed; its recursion follows selection
/// sets, which the parser has already bounded (<see cref="DocumentLimits.MaxSyntaxDepth"/>).
/// </summary>
internal sealed class DocumentCensus(DocumentLimits limits)
{
    private int _fields;
    private int _directives;
    private int _arguments;
    private int _variables;

    /// <summary>The first limit the document passes, as the refusal's message, or null.</summary>
    public string? Problem(GraphQLDocument document)
    {
        foreach (var definition in document.Definitions)
        {
            var problem = definition switch
            {
                GraphQLOperationDefinition operation => Operation(operation),
                GraphQLFragmentDefinition fragment => Directives(fragment) ?? SelectionSet(fragment.SelectionSet),
                _ => null,
            };
            if (problem is not null)
            {
                return problem;
            }
        }

        return null;
    }

    private string? Operation(GraphQLOperationDefinition operation)
    {
        foreach (var variable in operation.Variables?.Items ?? [])
        {
            if (++_variables > limits.MaxVariables)
            {
                return DocumentPrecheck.TooMany("variable definitions", limits.MaxVariables, "per document");
            }

            if (Directives(variable) is { } problem)
            {
                return problem;
            }
        }

        return Directives(operation) ?? SelectionSet(operation.SelectionSet);
    }

    private string? SelectionSet(GraphQLSelectionSet? set)
    {
        foreach (var selection in set?.Selections ?? [])
        {
            var problem = selection switch
            {
                GraphQLField field => Field(field),
                GraphQLInlineFragment inline => Directives(inline) ?? SelectionSet(inline.SelectionSet),
                GraphQLFragmentSpread spread => Directives(spread),
                _ => null,
            };
            if (problem is not null)
            {
                return problem;
            }
        }

        return null;
    }

    private string? Field(GraphQLField field) =>
        ++_fields > limits.MaxFields
            ? DocumentPrecheck.TooMany("fields as written", limits.MaxFields, "per document")
            : Arguments(field.Arguments) ?? Directives(field) ?? SelectionSet(field.SelectionSet);

    private string? Directives(IHasDirectivesNode node)
    {
        var directives = node.Directives?.Items ?? [];
        if (directives.Count > limits.MaxDirectivesPerLocation)
        {
            return DocumentPrecheck.TooMany("directives at one location", limits.MaxDirectivesPerLocation, "per field, fragment, operation or variable");
        }

        _directives += directives.Count;
        if (_directives > limits.MaxDirectives)
        {
            return DocumentPrecheck.TooMany("directives", limits.MaxDirectives, "per document");
        }

        foreach (var directive in directives)
        {
            if (Arguments(directive.Arguments) is { } problem)
            {
                return problem;
            }
        }

        return null;
    }

    private string? Arguments(GraphQLArguments? arguments)
    {
        var count = arguments?.Count ?? 0;
        if (count > limits.MaxArgumentsPerLocation)
        {
            return DocumentPrecheck.TooMany("arguments on one field or directive", limits.MaxArgumentsPerLocation, "per field or directive");
        }

        _arguments += count;
        return _arguments > limits.MaxArguments ? DocumentPrecheck.TooMany("arguments", limits.MaxArguments, "per document") : null;
    }
}
