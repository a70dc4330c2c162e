using Microsoft.Net.Http.Headers;

namespace Ise.Gateway.GraphQL.Transport;

/// <summary>The media types of GraphQL over HTTP and how a request's Accept header chooses between them.</summary>
public static class MediaTypes
{
    public const string GraphQLResponse = "application/graphql-response+json";
    public const string Json = "application/json";
    public const string Html = "text/html";

    /// <summary>The response type the client accepts (graphql-response+json preferred), or null when it accepts neither.</summary>
    public static string? Negotiate(HttpRequest request)
    {
        var accept = request.GetTypedHeaders().Accept;
        if (accept.Count == 0)
        {
            return Json;
        }

        bool Accepts(string type) => accept.Any(a => (a.Quality ?? 1) > 0 && a.MediaType.Equals(type, StringComparison.OrdinalIgnoreCase));
        if (Accepts(GraphQLResponse))
        {
            return GraphQLResponse;
        }

        return Accepts(Json) || Accepts("application/*") || Accepts("*/*") ? Json : null;
    }

    /// <summary>A browser asking for a page rather than data.</summary>
    public static bool WantsHtml(HttpRequest request) =>
        request.GetTypedHeaders().Accept.Any(a => a.MediaType.Equals(Html, StringComparison.OrdinalIgnoreCase))
        && !request.Query.ContainsKey("query");

    public static bool IsJson(HttpRequest request) =>
        MediaTypeHeaderValue.TryParse(request.ContentType, out var type) && type.MediaType.Equals(Json, StringComparison.OrdinalIgnoreCase);
}
