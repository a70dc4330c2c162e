using GraphQL.Transport;
using Ise.Gateway.GraphQL.Errors;
using Ise.TrustedDocuments;

namespace Ise.Gateway.GraphQL.TrustedDocuments;

/// <summary>
/// The document a request names: its text (<c>query</c>), a trusted document's id (<c>documentId</c>,
/// <c>sha256:&lt;hex&gt;</c>), Apollo's <c>extensions.persistedQuery.sha256Hash</c> (version 1), or a text
/// with a hash that must be the text's. Either the text to run and whether it is trusted, or why the
/// request is refused. Nothing is ever added to the allow-list here: a text sent with its hash runs as
/// any text would, trusted only if it already was.
/// </summary>
public sealed record RequestedDocument(string? Text, bool NamedTrusted, string? RefusalCode, string? Refusal)
{
    /// <summary>Apollo's code for a hash the server does not know; its clients then send the text with the hash.</summary>
    public const string PersistedQueryNotFound = "PERSISTED_QUERY_NOT_FOUND";

    private const string PersistedQueryKey = "persistedQuery";

    /// <summary>Whether the request names a document at all (a non-empty query, a documentId, or a persisted query).</summary>
    public static bool IsNamedIn(GraphQLRequest request) =>
        !string.IsNullOrEmpty(request.Query) || !string.IsNullOrEmpty(request.DocumentId) || request.Extensions?.ContainsKey(PersistedQueryKey) == true;

    public static RequestedDocument Of(GraphQLRequest request, TrustedDocumentStore trusted)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(trusted);
        var byDocumentId = string.IsNullOrEmpty(request.DocumentId) ? null : request.DocumentId;
        if (byDocumentId is not null && !TrustedDocumentIds.TryNormalise(byDocumentId, out byDocumentId))
        {
            return Refused(ErrorCodes.Validation, $"documentId '{request.DocumentId}' is not {TrustedDocumentIds.Prefix} and {TrustedDocumentIds.HashLength} hexadecimal digits (the SHA-256 of the document's text in UTF-8).");
        }

        var (byPersistedQuery, problem) = PersistedQueryId(request.Extensions);
        if (problem is not null)
        {
            return Refused(ErrorCodes.Validation, problem);
        }

        if (byDocumentId is not null && byPersistedQuery is not null && byDocumentId != byPersistedQuery)
        {
            return Refused(ErrorCodes.Validation, $"documentId {byDocumentId} and extensions.persistedQuery.sha256Hash ({byPersistedQuery}) name different documents.");
        }

        var id = byDocumentId ?? byPersistedQuery;
        var text = string.IsNullOrEmpty(request.Query) ? null : request.Query;
        if (id is null)
        {
            return new RequestedDocument(text, false, null, null);
        }

        if (text is not null)
        {
            var actual = TrustedDocumentIds.Of(text);
            return actual == id
                ? new RequestedDocument(text, trusted.Find(id) is not null, null, null)
                : Refused(ErrorCodes.Validation, $"The query's SHA-256 is {actual}, not {id}: the hash must be that of the query's exact text in UTF-8.");
        }

        return trusted.Find(id) is { } document
            ? new RequestedDocument(document, true, null, null)
            : byDocumentId is null
                ? Refused(PersistedQueryNotFound, "PersistedQueryNotFound")
                : Refused(ErrorCodes.NotFound, $"No trusted document {id}: the secretariat registers documents with registerTrustedDocument.");
    }

    /// <summary>
    /// Whether what runs is a trusted document: named by a trusted id, or the exact text of one (so the pages,
    /// which send their documents' text, run where only trusted documents may). Hashes a text only when asked.
    /// </summary>
    public bool IsTrustedIn(TrustedDocumentStore trusted) => NamedTrusted || (Text is not null && trusted.Trusts(Text));

    private static RequestedDocument Refused(string code, string message) => new(null, false, code, message);

    /// <summary>The id named by <c>extensions.persistedQuery</c>, none when absent, or the problem with it.</summary>
    private static (string? Id, string? Problem) PersistedQueryId(global::GraphQL.Inputs? extensions)
    {
        if (extensions is null || !extensions.TryGetValue(PersistedQueryKey, out var value))
        {
            return (null, null);
        }

        if (value is not IReadOnlyDictionary<string, object?> persisted)
        {
            return (null, "extensions.persistedQuery must be an object with version 1 and sha256Hash.");
        }

        if (!persisted.TryGetValue("version", out var version) || Convert.ToString(version, System.Globalization.CultureInfo.InvariantCulture) != "1")
        {
            return (null, "extensions.persistedQuery.version must be 1, the only version served.");
        }

        return TrustedDocumentIds.TryFromHash(persisted.GetValueOrDefault("sha256Hash") as string, out var id)
            ? (id, null)
            : (null, $"extensions.persistedQuery.sha256Hash must be {TrustedDocumentIds.HashLength} hexadecimal digits (the SHA-256 of the document's text in UTF-8).");
    }
}
