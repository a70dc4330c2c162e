namespace Ise.Events;

/// <summary>
/// Up to ~256 registrations of one event and their idempotency keys, as the bucket's journal
/// builds them: changed only by <see cref="Apply"/>, which replay calls too.
/// </summary>
[GenerateSerializer, Alias("ise.attendance-bucket-state")]
public sealed class AttendanceBucketState
{
    [Id(0)]
    public BucketEvent? Event { get; set; }

    [Id(1)]
    public Dictionary<string, Registration> Registrations { get; set; } = new(StringComparer.Ordinal);

    [Id(2)]
    public Dictionary<string, string> IdempotencyKeys { get; set; } = new(StringComparer.Ordinal);

    /// <summary>For each checked-in code, the journey entry that recorded the attendance (an undo names it).</summary>
    [Id(3)]
    public Dictionary<string, string> AttendanceEntries { get; set; } = new(StringComparer.Ordinal);

    /// <summary>How many events have been applied: the version of the last one in the bucket's stream.</summary>
    [Id(5)]
    public long Version { get; set; }

    public void Apply(IAttendanceBucketEvent @event)
    {
        Version++;
        switch (@event)
        {
            case AttendanceBucketMigrated migrated:
                Event = migrated.Event;
                Registrations = new(migrated.Registrations, StringComparer.Ordinal);
                IdempotencyKeys = new(migrated.IdempotencyKeys, StringComparer.Ordinal);
                AttendanceEntries = new(migrated.AttendanceEntries, StringComparer.Ordinal);
                break;
            case BucketEventDetailsSet details:
                Event = details.Event;
                break;
            case AttendeeRegistered registered:
                Event = registered.Event;
                Put(registered.Registration);
                if (registered.IdempotencyKey is { } key)
                {
                    IdempotencyKeys[key] = registered.Registration.Code;
                }

                if (registered.Registration.WalkIn)
                {
                    AttendanceEntries[registered.Registration.Code] = BucketEffects.EntryId(registered.Registration.Code, Version);
                }

                break;
            case RegistrationCancelled cancelled:
                Put(cancelled.Registration with { Status = AttendanceStatus.Cancelled });
                break;
            case RegistrationPromoted promoted:
                Put(promoted.Registration with { Status = AttendanceStatus.Registered });
                break;
            case AttendeeMarkedNoShow absent:
                Put(absent.Registration with { Status = AttendanceStatus.NoShow });
                break;
            case AttendeeCheckedIn checkedIn:
                Put(checkedIn.Registration with
                {
                    Status = AttendanceStatus.CheckedIn, CheckedInAt = checkedIn.AttendedAt, Retroactive = checkedIn.Retroactive, CheckInScanId = checkedIn.Scan?.Id,
                });
                AttendanceEntries[checkedIn.Registration.Code] = BucketEffects.EntryId(checkedIn.Registration.Code, Version);
                break;
            case CheckInUndone undone:
                Put(undone.Registration with
                {
                    Status = AttendanceStatus.Registered, CheckedInAt = null, CheckInScanId = null, UndoneScanId = undone.Registration.CheckInScanId ?? undone.Registration.UndoneScanId,
                });
                AttendanceEntries.Remove(undone.Registration.Code);
                break;
            case FeedbackGiven feedback:
                Put(Registrations[feedback.Code] with { Feedback = new Feedback(feedback.Rating, feedback.Comment, feedback.At) });
                break;
            default:
                throw new InvalidOperationException($"An attendance bucket cannot apply {@event.GetType().Name}.");
        }
    }

    private void Put(Registration registration) => Registrations[registration.Code] = registration;
}
