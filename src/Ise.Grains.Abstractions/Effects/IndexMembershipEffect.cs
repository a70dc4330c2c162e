namespace Ise.Effects;

/// <summary>Put a member into an index list, or take it out.</summary>
[GenerateSerializer, Immutable, Alias("ise.effect.index")]
public sealed record IndexMembershipEffect(
    [property: Id(0)] string Member,
    [property: Id(1)] bool Present) : Effect;
