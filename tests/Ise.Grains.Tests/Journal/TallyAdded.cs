namespace Ise.Grains.Tests.Journal;

/// <summary>An amount added to a tally, possibly about another entity.</summary>
[GenerateSerializer, Immutable, Alias("ise.test.tally-added")]
public sealed record TallyAdded(
    [property: Id(0)] Guid EventId,
    [property: Id(1)] DateTimeOffset At,
    [property: Id(2)] int Amount,
    [property: Id(3)] string? Subject) : ITallyEvent;
