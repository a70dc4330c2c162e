using Ise.Indexes;

namespace Ise.Grains.Tests.Indexes;

/// <summary>The index list contract against embedded mode's store.</summary>
public sealed class InMemoryIndexMemberStoreTests : IndexMemberStoreContract
{
    protected override IIndexMemberStore Store { get; } = new InMemoryIndexMemberStore();
}
