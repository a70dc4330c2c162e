using Ise.Programme;

namespace Ise.Effects;

/// <summary>Two SMEs met: counted by the event's statistics and by the clusters of their sectors.</summary>
[GenerateSerializer, Immutable, Alias("ise.effect.connection-made")]
public sealed record ConnectionMadeEffect(
    [property: Id(0)] string ConnectionId,
    [property: Id(1)] Country CountryA,
    [property: Id(2)] Country CountryB) : Effect;
