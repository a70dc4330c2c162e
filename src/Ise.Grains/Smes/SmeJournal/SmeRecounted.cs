using Ise.Journal;

namespace Ise.Smes;

/// <summary>
/// Entries that journal rows of other streams hold about the SME (a check-in, its undo) changed its
/// lists or credits: only those changes are stored here, the entries themselves are read again.
/// </summary>
[GenerateSerializer, Immutable, Alias("ise.sme.recounted")]
public sealed record SmeRecounted(
    [property: Id(0)] Guid EventId,
    [property: Id(1)] DateTimeOffset At,
    [property: Id(2)] SmeConsequences Consequences) : ISmeEvent, IEffectSource
{
    public IEnumerable<AddressedEffect> Effects(long version) => Consequences.Effects(version);
}
