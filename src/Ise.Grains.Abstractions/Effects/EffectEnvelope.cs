namespace Ise.Effects;

/// <summary>An effect with its sequence number in the sender's outbox (increasing, per sender).</summary>
[GenerateSerializer, Immutable, Alias("ise.effect-envelope")]
public sealed record EffectEnvelope(
    [property: Id(0)] long Sequence,
    [property: Id(1)] Effect Effect);
