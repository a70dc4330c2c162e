using System.Diagnostics.CodeAnalysis;
using System.Security.Cryptography;
using System.Text;

namespace Ise.TrustedDocuments;

/// <summary>
/// A trusted document's id: <c>sha256:</c> and the SHA-256 of the document's text in UTF-8, in lower-case
/// hexadecimal (the GraphQL trusted-documents convention). Apollo's <c>persistedQuery.sha256Hash</c> is the
/// same hash without the prefix.
/// </summary>
public static class TrustedDocumentIds
{
    public const string Prefix = "sha256:";
    public const int HashLength = 64;

    /// <summary>The id of a document: the hash of exactly its text, whitespace included.</summary>
    public static string Of(string document) => Prefix + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(document)));

    /// <summary>The id of an Apollo hash (64 hexadecimal digits), or false when it is not one.</summary>
    public static bool TryFromHash(string? hash, [NotNullWhen(true)] out string? id)
    {
        id = hash is { Length: HashLength } && hash.All(char.IsAsciiHexDigit) ? Prefix + hash.ToLowerInvariant() : null;
        return id is not null;
    }

    /// <summary>The id in its canonical (lower-case) form, or false when <paramref name="documentId"/> is not <c>sha256:</c> and 64 hexadecimal digits.</summary>
    public static bool TryNormalise(string? documentId, [NotNullWhen(true)] out string? id)
    {
        id = null;
        return documentId is not null
            && documentId.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase)
            && TryFromHash(documentId[Prefix.Length..], out id);
    }
}
