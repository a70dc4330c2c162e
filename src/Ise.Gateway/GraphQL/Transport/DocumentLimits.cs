namespace Ise.Gateway.GraphQL.Transport;

/// <summary>
/// The most a GraphQL request may hold, checked by <see cref="DocumentPrecheck"/> (the document) and
/// <see cref="VariableValueSize"/> (the variables) in linear time before
/// GraphQL.NET validates it. Each limit is far above what the pages, partner scripts and introspection
/// send, and low enough that no document, accepted or refused, costs more than a few milliseconds before
/// validation: GraphQL.NET's validation compares directives, arguments and fields pairwise, so a document
/// of thousands of them would cost seconds. <see cref="Default"/> is what the endpoint applies; tests make
/// smaller ones to try each limit on small documents.
/// </summary>
public sealed record DocumentLimits
{
    public static DocumentLimits Default { get; } = new();

    /// <summary>
    /// Lexical tokens in the document (punctuation, names, values, comments), counted before it is parsed:
    /// lexing costs a fraction of parsing, and 10,000 tokens parse in a few milliseconds. Introspection has
    /// about 300, the largest documents of the pages and the benchmark under 2,000.
    /// </summary>
    public int MaxTokens { get; init; } = 10_000;

    /// <summary>How deep the parser may nest (its own default); deeper documents are refused as they are parsed.</summary>
    public int MaxSyntaxDepth { get; init; } = 128;

    /// <summary>Fields as written (alias bombs).</summary>
    public int MaxFields { get; init; } = 2_000;

    /// <summary>Fields of one operation once its fragments are expanded (fragment fan-out).</summary>
    public long MaxExpandedFields { get; init; } = 20_000;

    /// <summary>Selection sets nested in one another, fragments expanded and each fragment counting as a level (spread chains).</summary>
    public int MaxDepth { get; init; } = 32;

    /// <summary>Directives on one field, fragment, operation or variable definition (no directive of this API is repeatable).</summary>
    public int MaxDirectivesPerLocation { get; init; } = 4;

    /// <summary>Directives in the whole document.</summary>
    public int MaxDirectives { get; init; } = 500;

    /// <summary>Arguments of one field or directive (the widest field of the schema takes 4).</summary>
    public int MaxArgumentsPerLocation { get; init; } = 16;

    /// <summary>Arguments in the whole document.</summary>
    public int MaxArguments { get; init; } = 2_000;

    /// <summary>Variable definitions in the whole document.</summary>
    public int MaxVariables { get; init; } = 100;

    /// <summary>Values in the variables, every list, object and scalar counted (the largest input the API takes is 10,000 attendee codes).</summary>
    public int MaxVariableValues { get; init; } = 12_000;

    /// <summary>Lists and objects nested in one another in the variables (the deepest input of the schema nests 4: a registration's contacts, each with its consent).</summary>
    public int MaxVariableDepth { get; init; } = 16;

    /// <summary>Characters of one string in the variables (the longest text the API keeps has 2,000).</summary>
    public int MaxVariableStringLength { get; init; } = 16_384;
}
