using Ise.Effects;
using Ise.Journal;

namespace Ise.Connections;

/// <summary>
/// The first event of a connection stored whole before the journal: its view, and the effects its outbox had not
/// seen confirmed, sent again under their original sender (the connection id) and sequence.
/// </summary>
[GenerateSerializer, Immutable, Alias("ise.connection.carried-over")]
public sealed record ConnectionCarriedOver(
    [property: Id(0)] Guid EventId,
    [property: Id(1)] DateTimeOffset At,
    [property: Id(2)] string ConnectionId,
    [property: Id(3)] ConnectionView? View,
    [property: Id(4)] IReadOnlyList<OutboxEntry> Undelivered) : IConnectionEvent, IEffectSource
{
    public IEnumerable<AddressedEffect> Effects(long version) =>
        Undelivered.Select(e => new AddressedEffect(e.Target, e.TargetKey, e.Effect, new EffectOrigin(ConnectionId, e.Sequence)));
}
