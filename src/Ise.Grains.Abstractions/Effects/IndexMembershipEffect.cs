namespace Ise.Effects;

/// <summary>
/// Put a member into an index list, or take it out, as of <see cref="Version"/>: the position of the
/// change among the member's own (a journaled member names it; for a member with an outbox it is the
/// outbox sequence the change was sent under).
/// </summary>
[GenerateSerializer, Immutable, Alias("ise.effect.index")]
public sealed record IndexMembershipEffect(
    [property: Id(0)] string Member,
    [property: Id(1)] bool Present,
    [property: Id(2)] long? Version = null) : Effect;
