namespace Ise.Events;

/// <summary>The registration, and whether this request created it or found it already made.</summary>
[GenerateSerializer, Immutable, Alias("ise.registration-outcome")]
public sealed record RegistrationOutcome(
    [property: Id(0)] Registration Registration,
    [property: Id(1)] bool Created);
