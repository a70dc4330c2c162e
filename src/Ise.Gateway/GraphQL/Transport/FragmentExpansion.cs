using GraphQLParser.AST;

namespace Ise.Gateway.GraphQL.Transport;

/// <summary>
/// What an operation stands for once its fragments are expanded: how many fields, and how deep its
/// selection sets nest (a fragment counts as a level, so a chain of spreads is as deep as it is long).
/// Each fragment is measured once and remembered, so the cost is linear in the document; a fragment
/// that refers back to itself counts nothing (validation refuses the cycle). The walk gives up as soon
/// as a limit is passed, so its own recursion never goes deeper than <see cref="DocumentLimits.MaxDepth"/>
/// levels of fragments.
/// </summary>
internal sealed class FragmentExpansion(GraphQLDocument document, DocumentLimits limits)
{
    private readonly Dictionary<string, GraphQLFragmentDefinition> _fragments = DocumentFragments.ByName(document);

    private readonly Dictionary<string, Measure> _measured = new(StringComparer.Ordinal);
    private readonly HashSet<string> _visiting = new(StringComparer.Ordinal);

    /// <summary>
    /// Fields and deepest level of a selection set that sits at level <paramref name="depth"/> + 1; stops
    /// adding as soon as either is past its limit (the caller then refuses the document).
    /// </summary>
    public Measure Of(GraphQLSelectionSet? set, int depth = 0)
    {
        if (set is null)
        {
            return new Measure(0, depth);
        }

        var level = depth + 1;
        var measure = new Measure(0, level);
        if (level > limits.MaxDepth)
        {
            return measure;
        }

        foreach (var selection in set.Selections)
        {
            var inner = selection switch
            {
                GraphQLField field => Field(field, level),
                GraphQLInlineFragment inline => Of(inline.SelectionSet, level),
                GraphQLFragmentSpread spread => Fragment(spread.FragmentName.Name.StringValue, level),
                _ => new Measure(0, level),
            };
            measure = new Measure(measure.Fields + inner.Fields, Math.Max(measure.Depth, inner.Depth));
            if (measure.Fields > limits.MaxExpandedFields || measure.Depth > limits.MaxDepth)
            {
                return measure;
            }
        }

        return measure;
    }

    private Measure Field(GraphQLField field, int depth)
    {
        var inner = Of(field.SelectionSet, depth);
        return inner with { Fields = inner.Fields + 1 };
    }

    /// <summary>A fragment spread at level <paramref name="depth"/>: measured the first time, from then on its remembered size placed at this level.</summary>
    private Measure Fragment(string name, int depth)
    {
        if (_measured.TryGetValue(name, out var relative))
        {
            return relative with { Depth = depth + relative.Depth };
        }

        if (!_fragments.TryGetValue(name, out var fragment) || !_visiting.Add(name))
        {
            return new Measure(0, depth);
        }

        var measure = Of(fragment.SelectionSet, depth);
        _visiting.Remove(name);
        _measured[name] = measure with { Depth = measure.Depth - depth };
        return measure;
    }

    /// <summary>Fields counted and the deepest level reached.</summary>
    internal readonly record struct Measure(long Fields, int Depth);
}
