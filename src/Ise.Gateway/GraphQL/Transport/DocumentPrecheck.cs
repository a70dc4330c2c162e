using System.Globalization;
using GraphQLParser;
using GraphQLParser.AST;
using GraphQLParser.Exceptions;

namespace Ise.Gateway.GraphQL.Transport;

/// <summary>
/// Prices a document before GraphQL.NET validates it, in time linear in its size: tokens (before parsing),
/// nesting (while parsing), then in one pass fields, directives and arguments as written (per location
/// and in total) and variable definitions, then fields and depth with fragments expanded; and refuses
/// subscriptions (live updates come over SignalR). The variables are measured before they are even
/// deserialized (<see cref="VariableValueSize"/>). Validation compares directives, arguments and fields
/// pairwise and follows fragment spreads by recursion, so without this a 200 KB document costs seconds
/// of CPU, and a long enough chain of spreads overflows the stack. Each refusal is one message naming
/// the limit passed (<see cref="DocumentLimits"/>).
/// </summary>
public static class DocumentPrecheck
{
    /// <summary>Prices the document; see <see cref="PrecheckOutcome"/>.</summary>
    public static PrecheckOutcome Check(string query, DocumentLimits? limits = null)
    {
        limits ??= DocumentLimits.Default;
        if (DocumentTokens.Count(query, limits.MaxTokens) > limits.MaxTokens)
        {
            return Refused(TooMany("tokens", limits.MaxTokens, "per document"));
        }

        GraphQLDocument document;
        try
        {
            document = Parser.Parse(query, new ParserOptions { MaxDepth = limits.MaxSyntaxDepth });
        }
        catch (GraphQLMaxDepthExceededException)
        {
            return Refused($"The document nests more than {Format(limits.MaxSyntaxDepth)} syntax levels deep (limit: {Format(limits.MaxSyntaxDepth)} levels for the parser, {Format(limits.MaxDepth)} levels of selections).");
        }
        catch (GraphQLSyntaxErrorException)
        {
            return new PrecheckOutcome(null, null);
        }

        var problem = new DocumentCensus(limits).Problem(document) ?? Expanded(document, limits);
        return problem is null ? new PrecheckOutcome(null, document) : Refused(problem);
    }

    private static PrecheckOutcome Refused(string problem) => new(problem, null);

    private static string? Expanded(GraphQLDocument document, DocumentLimits limits)
    {
        var expansion = new FragmentExpansion(document, limits);
        foreach (var operation in document.Definitions.OfType<GraphQLOperationDefinition>())
        {
            if (operation.Operation == OperationType.Subscription)
            {
                return "Subscriptions are not served over GraphQL: live updates come from the SignalR hubs.";
            }

            var measure = expansion.Of(operation.SelectionSet);
            if (measure.Depth > limits.MaxDepth)
            {
                return $"The operation nests selections more than {Format(limits.MaxDepth)} levels deep once its fragments are expanded (limit: {Format(limits.MaxDepth)} levels, each fragment counting as one).";
            }

            if (measure.Fields > limits.MaxExpandedFields)
            {
                return $"The operation selects more than {Format(limits.MaxExpandedFields)} fields once its fragments are expanded (limit: {Format(limits.MaxExpandedFields)} per operation).";
            }
        }

        return null;
    }

    internal static string TooMany(string what, long limit, string scope) =>
        $"The document has more than {Format(limit)} {what} (limit: {Format(limit)} {scope}).";

    internal static string Format(long number) => number.ToString("N0", CultureInfo.InvariantCulture);
}
