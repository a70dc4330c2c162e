using GraphQLParser.AST;

namespace Ise.Gateway.GraphQL.Transport;

/// <summary>
/// The named fragments of a document, by name, as the pre-check and the pricer expand them: the first
/// definition of a name wins (a document defining a name twice is refused by validation anyway).
/// </summary>
internal static class DocumentFragments
{
    public static Dictionary<string, GraphQLFragmentDefinition> ByName(GraphQLDocument document)
    {
        var fragments = new Dictionary<string, GraphQLFragmentDefinition>(StringComparer.Ordinal);
        foreach (var fragment in document.Definitions.OfType<GraphQLFragmentDefinition>())
        {
            fragments.TryAdd(fragment.FragmentName.Name.StringValue, fragment);
        }

        return fragments;
    }
}
