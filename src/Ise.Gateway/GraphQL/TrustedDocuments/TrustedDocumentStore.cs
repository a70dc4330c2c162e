using System.Collections.Frozen;
using Ise.TrustedDocuments;

namespace Ise.Gateway.GraphQL.TrustedDocuments;

/// <summary>
/// This gateway's allow-list, by id (<see cref="TrustedDocumentIds"/>): the pages' documents, fixed at
/// start, and the directory's registered documents as of the last snapshot
/// <see cref="TrustedDocumentRefresher"/> applied. Finding a document makes no grain call.
/// </summary>
public sealed class TrustedDocumentStore
{
    private readonly FrozenDictionary<string, string> _pages;
    private volatile FrozenDictionary<string, string> _registered = FrozenDictionary<string, string>.Empty;

    public TrustedDocumentStore(IEnumerable<PageDocument> pages) =>
        _pages = pages.Select(p => p.Document).Distinct().ToFrozenDictionary(TrustedDocumentIds.Of);

    /// <summary>The directory version of the registered documents held; 0 before the first read.</summary>
    public long DirectoryVersion { get; private set; }

    /// <summary>The pages' documents, by id.</summary>
    public IReadOnlyDictionary<string, string> Pages => _pages;

    /// <summary>The text of the trusted document with this id (canonical form), or null when none is trusted.</summary>
    public string? Find(string id) => _pages.GetValueOrDefault(id) ?? _registered.GetValueOrDefault(id);

    /// <summary>Whether exactly this text is a trusted document.</summary>
    public bool Trusts(string document) => Find(TrustedDocumentIds.Of(document)) is not null;

    public void Apply(TrustedDocumentSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        _registered = snapshot.Documents.ToFrozenDictionary(d => d.Id, d => d.Document);
        DirectoryVersion = snapshot.Version;
    }
}
