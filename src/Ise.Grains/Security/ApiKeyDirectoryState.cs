namespace Ise.Security;

/// <summary>The keys kept (newest last) and the directory's version, raised by every change.</summary>
[GenerateSerializer, Alias("ise.api-key-directory-state")]
public sealed class ApiKeyDirectoryState
{
    [Id(0)]
    public List<ApiKeyCredential> Keys { get; set; } = [];

    [Id(1)]
    public long Version { get; set; }
}
