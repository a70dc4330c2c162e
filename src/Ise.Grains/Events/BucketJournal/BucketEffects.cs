using Ise.Effects;
using Ise.Journal;
using Ise.Programme;
using Ise.Smes;

namespace Ise.Events;

/// <summary>What a bucket's facts cause: entries in the attendee's journey, changes to the event's statistics.</summary>
internal static class BucketEffects
{
    /// <summary>A journey entry made by a bucket is named <c>{attendee code}#v{version}</c> (the code names the registration; the "v" keeps them apart from the outbox-numbered ids of entries made before the journal).</summary>
    public static string EntryId(string code, long version) => $"{code}#v{version}";

    /// <summary>Whether a journey entry was made by a bucket's journal row (so the rows whose subject is the SME hold it).</summary>
    public static bool IsEntryId(string entryId)
    {
        var at = entryId.LastIndexOf("#v", StringComparison.Ordinal);
        return at > 0 && at + 2 < entryId.Length && entryId.AsSpan(at + 2).IndexOfAnyExceptInRange('0', '9') < 0;
    }

    public static AddressedEffect Journey(BucketEvent @event, Registration registration, long version, JourneyEntryKind kind, DateTimeOffset at,
        string? reference = null, string? note = null, DateTimeOffset? recordedAt = null, string? recordedBy = null) =>
        new(EffectTarget.Sme, registration.Attendee.SmeId, new JourneyEffect(new JourneyEntry(
            EntryId(registration.Code, version), kind, at, ProgrammeTime.ToLocal(at, @event.Region),
            @event.HostPartnerId, @event.Kind, @event.EventId, null, reference, note, recordedAt, recordedBy)));

    public static AddressedEffect Attendance(BucketEvent @event, Registration registration, AttendanceStatus? from, AttendanceStatus to, DateTimeOffset at) =>
        new(EffectTarget.EventStatistics, @event.EventId, new AttendanceChangedEffect(
            registration.Code, registration.Attendee, from, to, registration.WalkIn, at, ProgrammeTime.ClockTime(at, @event.Region)));
}
