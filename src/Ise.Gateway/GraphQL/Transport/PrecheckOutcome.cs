using GraphQLParser.AST;

namespace Ise.Gateway.GraphQL.Transport;

/// <summary>
/// What <see cref="DocumentPrecheck"/> found: the refusal's message when a limit is passed, else the
/// parsed document for the executer to use (so it is parsed once); neither when the document does not
/// parse, which the executer then reports in its own words.
/// </summary>
public sealed record PrecheckOutcome(string? Problem, GraphQLDocument? Document);
