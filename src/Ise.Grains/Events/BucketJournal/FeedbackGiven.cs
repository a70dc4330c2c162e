using Ise.Effects;
using Ise.Journal;

namespace Ise.Events;

/// <summary>An attendee rated the event (once), with an optional comment.</summary>
[GenerateSerializer, Immutable, Alias("ise.bucket.feedback-given")]
public sealed record FeedbackGiven(
    [property: Id(0)] Guid EventId,
    [property: Id(1)] DateTimeOffset At,
    [property: Id(2)] BucketEvent Event,
    [property: Id(3)] string Code,
    [property: Id(4)] int Rating,
    [property: Id(5)] string? Comment) : IAttendanceBucketEvent, IEffectSource
{
    public IEnumerable<AddressedEffect> Effects(long version)
    {
        yield return new AddressedEffect(EffectTarget.EventStatistics, Event.EventId, new FeedbackGivenEffect(Code, Rating));
    }
}
