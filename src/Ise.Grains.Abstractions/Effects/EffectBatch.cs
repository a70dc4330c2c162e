namespace Ise.Effects;

/// <summary>Effects from one sender to one receiver, in the sender's order.</summary>
[GenerateSerializer, Immutable, Alias("ise.effect-batch")]
public sealed record EffectBatch(
    [property: Id(0)] string SourceId,
    [property: Id(1)] IReadOnlyList<EffectEnvelope> Effects);
