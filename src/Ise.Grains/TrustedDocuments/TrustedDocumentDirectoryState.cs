namespace Ise.TrustedDocuments;

/// <summary>The registered documents (oldest first) and the directory's version, raised by every registration.</summary>
[GenerateSerializer, Alias("ise.trusted-document-directory-state")]
public sealed class TrustedDocumentDirectoryState
{
    [Id(0)]
    public List<TrustedDocument> Documents { get; set; } = [];

    [Id(1)]
    public long Version { get; set; }
}
