using System.Collections.Frozen;
using System.Text.Json;
using System.Text.Json.Nodes;
using Ise.Gateway.GraphQL.Transport;
using Ise.Gateway.GraphQL.TrustedDocuments;
using Microsoft.Playwright;

namespace Ise.Gateway.Tests.Browser;

/// <summary>
/// Watches what the pages of a browser context send to <c>/graphql</c>: a document that is not one of the
/// page documents built into the gateway (<c>page-documents.json</c>, which a deployment requiring trusted
/// documents lets door staff and anonymous callers send) is reported among the page's errors, so every
/// browser test that asserts its page logged no error also asserts its page sent only trusted documents.
/// </summary>
public static class PageDocumentWatch
{
    public const string Reported = "The page sent a GraphQL document that is not one of the page documents (page-documents.json; a page writes its documents as literals and `npm run page-documents` lists them): ";

    private static readonly FrozenSet<string> s_pageDocuments = PageDocuments.Load().Select(d => d.Document).ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Adds a report to <paramref name="errors"/> for each document of <paramref name="context"/>'s pages that is not a page document.</summary>
    public static void Watch(IBrowserContext context, List<string> errors) =>
        context.Request += (_, request) =>
        {
            if (NotAPageDocument(request) is { } document)
            {
                errors.Add(Reported + document);
            }
        };

    private static string? NotAPageDocument(Microsoft.Playwright.IRequest request)
    {
        if (request.Method != "POST" || new Uri(request.Url).AbsolutePath != GraphQLHttpEndpoint.Path || request.PostData is not { } body)
        {
            return null;
        }

        string? document;
        try
        {
            document = JsonNode.Parse(body)?["query"]?.GetValue<string>();
        }
        catch (JsonException)
        {
            return body;
        }

        return document is null || s_pageDocuments.Contains(document) ? null : document;
    }
}
