namespace Ise.Events;

/// <summary>An attendee's feedback on an event: a rating from 1 to 5 and an optional comment.</summary>
[GenerateSerializer, Immutable, Alias("ise.feedback")]
public sealed record Feedback(
    [property: Id(0)] int Rating,
    [property: Id(1)] string? Comment,
    [property: Id(2)] DateTimeOffset GivenAt);
