using System.Text.Json;

namespace Ise.Gateway.GraphQL.TrustedDocuments;

/// <summary>
/// The documents the workspace pages send, exactly as they send them: <c>wwwroot/live/page-documents.json</c>,
/// built into the gateway, so every gateway trusts them from its start. A test keeps the file in step with
/// the pages.
/// </summary>
public static class PageDocuments
{
    public const string ResourceName = "Ise.Gateway.PageDocuments";

    /// <summary>Each page document: the page that sends it and its text.</summary>
    public static IReadOnlyList<PageDocument> Load()
    {
        using var stream = typeof(PageDocuments).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The gateway was built without its page documents ({ResourceName}).");
        return JsonSerializer.Deserialize<List<PageDocument>>(stream, JsonSerializerOptions.Web)
            ?? throw new InvalidOperationException("The page documents are not a JSON list.");
    }
}
