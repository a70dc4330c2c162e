namespace Ise.TrustedDocuments;

/// <summary>The registered trusted documents as of a version of the directory (every registration makes a new version).</summary>
[GenerateSerializer, Immutable, Alias("ise.trusted-document-snapshot")]
public sealed record TrustedDocumentSnapshot(
    [property: Id(0)] long Version,
    [property: Id(1)] IReadOnlyList<TrustedDocument> Documents);
