using Ise.Journal;

namespace Ise.Grains.Tests.Journal;

/// <summary>The journal contract against embedded mode's store.</summary>
public sealed class InMemoryJournalStoreTests : JournalStoreContract
{
    private readonly InMemoryJournalStore _store = new();

    protected override Task<IJournalStore> StoreAsync() => Task.FromResult<IJournalStore>(_store);
}
