using Ise.Smes;

namespace Ise.Effects;

/// <summary>A provisional SME merged into a real one hands over its journey.</summary>
[GenerateSerializer, Immutable, Alias("ise.effect.journey-transfer")]
public sealed record JourneyTransferEffect(
    [property: Id(0)] string FromSmeId,
    [property: Id(1)] IReadOnlyList<JourneyEntry> Entries,
    [property: Id(2)] IReadOnlyList<string> PartnerIds) : Effect;
