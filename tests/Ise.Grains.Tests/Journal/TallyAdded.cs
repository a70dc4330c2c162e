using Ise.Effects;
using Ise.Events;
using Ise.Journal;
using Ise.Programme;

namespace Ise.Grains.Tests.Journal;

/// <summary>
/// An amount added to a tally, possibly about another entity. One about an event (its subject is an
/// event id) counts as a check-in at that event's statistics, so tests can watch effects arrive.
/// </summary>
[GenerateSerializer, Immutable, Alias("ise.test.tally-added")]
public sealed record TallyAdded(
    [property: Id(0)] Guid EventId,
    [property: Id(1)] DateTimeOffset At,
    [property: Id(2)] int Amount,
    [property: Id(3)] string? Subject) : ITallyEvent, IEffectSource
{
    public IEnumerable<AddressedEffect> Effects(long version)
    {
        if (Subject is { } subject && subject.StartsWith("ev-", StringComparison.Ordinal))
        {
            var attendee = new Attendee($"tally-{EventId:N}", Country.NL, Region.SouthWestNetherlands, Sector.Mechatronics, null);
            yield return new AddressedEffect(EffectTarget.EventStatistics, subject,
                new AttendanceChangedEffect($"tally-{version}", attendee, AttendanceStatus.Registered, AttendanceStatus.CheckedIn, false, At, "10:00"));
        }
    }
}
