namespace Ise.Security;

/// <summary>The keys that authenticate, as of a version of the directory (every change makes a new version).</summary>
[GenerateSerializer, Immutable, Alias("ise.api-key-directory-snapshot")]
public sealed record ApiKeyDirectorySnapshot(
    [property: Id(0)] long Version,
    [property: Id(1)] IReadOnlyList<ApiKeyCredential> Credentials);
