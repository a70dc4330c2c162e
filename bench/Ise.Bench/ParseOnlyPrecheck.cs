using GraphQLParser;
using GraphQLParser.Exceptions;
using Ise.Gateway.GraphQL.Transport;

namespace Ise.Bench;

/// <summary>
/// P8's baseline: an endpoint without the pre-check, which still parses each document once, as GraphQL.NET's
/// executer would (and as pricing needs), and measures nothing: no tokens, fields, directives, arguments,
/// fragment expansion or variable values.
/// </summary>
public sealed class ParseOnlyPrecheck : IRequestPrecheck
{
    public string? VariablesInBody(ReadOnlySpan<byte> body) => null;

    public string? Variables(string json) => null;

    public PrecheckOutcome Document(string query)
    {
        try
        {
            return new PrecheckOutcome(null, Parser.Parse(query));
        }
        catch (GraphQLSyntaxErrorException)
        {
            return new PrecheckOutcome(null, null);
        }
    }
}
