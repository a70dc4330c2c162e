namespace Ise.Events;

/// <summary>An attendee code a bulk operation could not apply, and why.</summary>
[GenerateSerializer, Immutable, Alias("ise.refused-code")]
public sealed record RefusedCode(
    [property: Id(0)] string Code,
    [property: Id(1)] string Reason);
