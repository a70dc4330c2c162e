namespace Ise.Events;

/// <summary>
/// One event (key: <see cref="EventIds"/>): definition, status, capacity and waiting list. The
/// registrations themselves live in <see cref="IAttendanceBucketGrain"/>s; check-ins go straight
/// there from the gateway, so this grain is not on the check-in path.
/// </summary>
public interface IEventGrain : IGrainWithStringKey
{
    Task<EventView> CreateAsync(CreateEvent definition);

    /// <summary>The event; <c>NOT_FOUND</c> when it was never created.</summary>
    Task<EventView> GetAsync();

    /// <summary>Draft → open: registration starts.</summary>
    Task<EventView> PublishAsync();

    /// <summary>
    /// Open → live: check-in starts. A past event (see <c>PastEvents</c>: its last local day before the region's
    /// today) is refused with <c>CONFLICT</c> on <c>endsAt</c>, changing nothing: it is loaded as history instead.
    /// </summary>
    Task<EventView> StartAsync();

    /// <summary>
    /// A past event loaded as history: draft or open → closed without a live day, counted as held on its date;
    /// anyone registered becomes a no-show until attendance is recorded. A closed event is returned unchanged; a
    /// live one, one not past or one before the programme started is refused, changing nothing.
    /// </summary>
    Task<EventView> RecordHeldAsync();

    /// <summary>Live → closed: everyone registered who did not check in becomes a no-show.</summary>
    Task<EventView> CloseAsync();

    /// <summary>Registers an attendee (confirmed or wait-listed); a retry with the same SME or idempotency key is harmless.</summary>
    Task<RegistrationOutcome> RegisterAsync(Attendee attendee, string? idempotencyKey);

    /// <summary>
    /// Registers a list of attendees (an organiser's import) with one write per bucket; attendees
    /// already registered keep their registration. Outcomes are in the order of the list.
    /// </summary>
    Task<IReadOnlyList<RegistrationOutcome>> RegisterManyAsync(IReadOnlyList<Attendee> attendees);

    /// <summary>Cancels a registration; a freed seat goes to the head of the waiting list.</summary>
    Task<Registration> CancelRegistrationAsync(string code);

    /// <summary>Registers and checks in, in one step, someone who arrived unregistered.</summary>
    Task<CheckInResult> WalkInAsync(Attendee attendee);

    /// <summary>
    /// A walk-in by a scan the door's device named (see <see cref="IAttendanceBucketGrain.CheckInScanAsync"/>): dated by
    /// the scan, and the same scan sent again gets the first answer instead of a second registration.
    /// </summary>
    Task<CheckInResult> WalkInScanAsync(Attendee attendee, DoorScan scan);

    /// <summary>
    /// A walk-in entered after the fact (from a paper list): while the event is live or once it is closed,
    /// attended on <paramref name="occurredOn"/> (one of the event's local dates), recorded by <paramref name="recordedBy"/>.
    /// At a closed event it is marked retroactive; an SME already registered is checked in retroactively.
    /// </summary>
    Task<CheckInResult> WalkInOnAsync(Attendee attendee, DateOnly occurredOn, string recordedBy);

    /// <summary>
    /// After the event: records attendance from a list (no-shows become attended, marked retroactive), dated
    /// by the event's date; <paramref name="occurredOn"/>, when given, must be one of the event's local dates.
    /// </summary>
    Task<RetroactiveAttendanceReport> RecordRetroactiveAttendanceAsync(IReadOnlyList<string> codes, DateOnly? occurredOn = null, string? recordedBy = null);

    /// <summary>
    /// Once the event is closed: what a list kept at it says of one SME (a past event loaded by the history import has
    /// no registrations). Attended: its registration (made now, dated by the event, when it had none) is recorded
    /// attended; walk-in: a walk-in recorded after the event (a registered SME is recorded attended); no-show: its
    /// registration (made now when it had none) is a no-show. Each dated by the event's first day, by
    /// <paramref name="recordedBy"/>; recording what is already so changes nothing and says so; an attendance already
    /// recorded is not turned into a no-show (CONFLICT).
    /// </summary>
    Task<PastAttendanceResult> RecordPastAttendanceAsync(Attendee attendee, PastAttendance attendance, string recordedBy);

    /// <summary>Registrations in a status, bucket by bucket.</summary>
    Task<IReadOnlyList<Registration>> ListRegistrationsAsync(AttendanceStatus? status);
}
