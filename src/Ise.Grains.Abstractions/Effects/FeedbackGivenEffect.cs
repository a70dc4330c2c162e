namespace Ise.Effects;

/// <summary>An attendee rated the event.</summary>
[GenerateSerializer, Immutable, Alias("ise.effect.feedback")]
public sealed record FeedbackGivenEffect(
    [property: Id(0)] string Code,
    [property: Id(1)] int Rating) : Effect;
