using Ise.Smes;

namespace Ise.Effects;

/// <summary>Append an entry to an SME's journey.</summary>
[GenerateSerializer, Immutable, Alias("ise.effect.journey")]
public sealed record JourneyEffect([property: Id(0)] JourneyEntry Entry) : Effect;
