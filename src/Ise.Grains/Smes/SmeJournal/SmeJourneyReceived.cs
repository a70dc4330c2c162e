using Ise.Journal;

namespace Ise.Smes;

/// <summary>
/// Journey entries handed to the SME (by a merged SME) or delivered by a sender with an outbox (a
/// connection; through its sequence <see cref="Through"/>), with the partners they add. Entries that
/// journal rows of other streams hold about the SME are not stored here: they are read again.
/// </summary>
[GenerateSerializer, Immutable, Alias("ise.sme.journey-received")]
public sealed record SmeJourneyReceived(
    [property: Id(0)] Guid EventId,
    [property: Id(1)] DateTimeOffset At,
    [property: Id(2)] string Source,
    [property: Id(3)] long Through,
    [property: Id(4)] IReadOnlyList<JourneyEntry> Entries,
    [property: Id(5)] IReadOnlyList<string> PartnerIds,
    [property: Id(6)] SmeConsequences Consequences) : ISmeEvent, IEffectSource
{
    public IEnumerable<AddressedEffect> Effects(long version) => Consequences.Effects(version);
}
