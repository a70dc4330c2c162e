namespace Ise.Effects;

/// <summary>An effect waiting in a sender's outbox for delivery to one receiver grain.</summary>
[GenerateSerializer, Immutable, Alias("ise.outbox-entry")]
public sealed record OutboxEntry(
    [property: Id(0)] long Sequence,
    [property: Id(1)] EffectTarget Target,
    [property: Id(2)] string TargetKey,
    [property: Id(3)] Effect Effect);
