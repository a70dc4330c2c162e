using GraphQLParser;
using GraphQLParser.Exceptions;

namespace Ise.Gateway.GraphQL.Transport;

/// <summary>Counts a document's lexical tokens without parsing it, so a document too long to be worth parsing is refused before the parser builds its tree.</summary>
internal static class DocumentTokens
{
    /// <summary>The number of tokens, counting stops at <paramref name="stopAfter"/> + 1; a lexical error ends the count (the parser reports it).</summary>
    public static int Count(string query, int stopAfter)
    {
        ROM source = query;
        var count = 0;
        var position = 0;
        try
        {
            while (count <= stopAfter)
            {
                var token = Lexer.Lex(source, position);
                if (token.Kind == TokenKind.EOF)
                {
                    break;
                }

                count++;
                position = token.End;
            }
        }
        catch (GraphQLSyntaxErrorException)
        {
        }

        return count;
    }
}
