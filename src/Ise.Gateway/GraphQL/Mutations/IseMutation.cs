using GraphQL;
using GraphQL.Types;
using Ise.Events;
using Ise.Gateway.GraphQL.DataLoaders;
using Ise.Gateway.GraphQL.Errors;
using Ise.Gateway.GraphQL.Queries;
using Ise.Gateway.GraphQL.Types;
using Ise.Security;
using Ise.Smes;

namespace Ise.Gateway.GraphQL.Mutations;

/// <summary>
/// Every SME and event action. Each checks the caller's role and scope against the resource first;
/// the grains validate the input and refuse with a typed error that changes nothing.
/// </summary>
public sealed partial class IseMutation : ObjectGraphType
{
    public IseMutation()
    {
        Name = "Mutation";
        SmeMutations();
        EventMutations();
        AttendanceMutations();
        ClusterMutations();
        ConnectionMutations();
        DiagnosticMutations();
        PersonalDataMutations();
        IndicatorMutations();
        ApiKeyMutations();
        TrustedDocumentMutations();
        PeopleMutations();
    }

    private void SmeMutations()
    {
        Field<NonNullGraphType<SmeRegistrationResultGraphType>>("registerSme")
            .Description("Registers a firm for its lead partner; the same firm registered again is the same SME. Without a company id the SME is provisional; give an idempotency key so a retry finds it.")
            .Argument<NonNullGraphType<RegisterSmeInputGraphType>>("input")
            .Argument<StringGraphType>("idempotencyKey")
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<RegisterSme>("input");
                var caller = c.RequireRole(IseRole.Secretariat, IseRole.PartnerStaff);
                caller.RequirePartner(input.LeadPartnerId, "registering an SME for this lead partner");
                var key = c.GetArgument<string?>("idempotencyKey");
                var id = input.CompanyId is null
                    ? key is null ? IseKeys.NewProvisionalSme(input.Country) : IseKeys.ProvisionalSmeFromKey(input.Country, caller.Name, key)
                    : IseKeys.Sme(input.Country, Smes.Rules.CompanyIds.Normalise(input.Country, input.CompanyId, "input.companyId"));
                var registration = await Grains(c).GetGrain<ISmeGrain>(id).RegisterAsync(input with { Contacts = input.Contacts ?? [], RegisteredBy = caller.Actor() });
                return (await LoadSmeAsync(c, id), registration.Created);
            });

        Field<NonNullGraphType<ContactGraphType>>("addContact")
            .Description("Records a person at the SME with the consent that allows holding their details.")
            .Argument<NonNullGraphType<IdGraphType>>("smeId")
            .Argument<NonNullGraphType<ContactInputGraphType>>("contact")
            .ResolveAsync(async c =>
            {
                var sme = await IseQuery.LoadVisibleSmeAsync(c, c.GetArgument<string>("smeId"), "smeId");
                var caller = c.RequireRole(IseRole.Secretariat, IseRole.PartnerStaff);
                caller.RequirePartner(sme.View.Profile.LeadPartnerId, "adding a contact");
                return await Grains(c).GetGrain<ISmeGrain>(sme.View.Profile.Id).AddContactAsync(c.GetArgument<ContactInput>("contact"), caller.Actor());
            });

        Field<NonNullGraphType<SmeGraphType>>("mergeProvisionalSme")
            .Description("Merges a provisional SME into the registered one it turned out to be; its journey and counts move (audited).")
            .Argument<NonNullGraphType<IdGraphType>>("provisionalId")
            .Argument<NonNullGraphType<IdGraphType>>("targetId")
            .ResolveAsync(async c =>
            {
                var provisional = await IseQuery.LoadVisibleSmeAsync(c, c.GetArgument<string>("provisionalId"), "provisionalId");
                var caller = c.RequireRole(IseRole.Secretariat, IseRole.PartnerStaff);
                caller.RequirePartner(provisional.View.Profile.LeadPartnerId, "merging this SME");
                var target = await IseQuery.LoadVisibleSmeAsync(c, c.GetArgument<string>("targetId"), "targetId");
                await Grains(c).GetGrain<ISmeGrain>(provisional.View.Profile.Id).MergeIntoAsync(target.View.Profile.Id, caller.Name);
                return await LoadSmeAsync(c, provisional.View.Profile.Id);
            });
    }

    private void EventMutations()
    {
        Field<NonNullGraphType<EventGraphType>>("createEvent")
            .Description("Creates an event as a draft; with an idempotency key a retry returns the first result.")
            .Argument<NonNullGraphType<CreateEventInputGraphType>>("input")
            .Argument<StringGraphType>("idempotencyKey")
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<CreateEvent>("input");
                var caller = c.RequireRole(IseRole.Secretariat, IseRole.PartnerStaff, IseRole.EventOrganiser);
                caller.RequirePartner(input.HostPartnerId, "creating an event for this host partner");
                var key = c.GetArgument<string?>("idempotencyKey");
                var id = key is null ? EventIds.New() : EventIds.FromIdempotencyKey(caller.Name, key);
                return await Grains(c).GetGrain<IEventGrain>(id).CreateAsync(input);
            });

        EventTransition("publishEvent", "Opens registration.", g => g.PublishAsync());
        EventTransition("startEvent", "Opens check-in.", g => g.StartAsync());
        EventTransition("closeEvent", "Closes the event; everyone registered who did not come becomes a no-show.", g => g.CloseAsync());
        EventTransition("recordEventHeld",
            "A past event that was never run (its last local day before its region's today; such an event is not started): closes it as held, "
            + "counted on its own date; everyone registered becomes a no-show until attendance is recorded (recordRetroactiveAttendance, the attendance import).",
            g => g.RecordHeldAsync());

        Field<NonNullGraphType<RetroactiveReportGraphType>>("recordRetroactiveAttendance")
            .Description("After the event: records attendance from a list of attendee codes (marked retroactive), dated by the event's local date whenever it is recorded.")
            .Argument<NonNullGraphType<IdGraphType>>("eventId")
            .Argument<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("codes")
            .Argument<DateOnlyGraphType>(OccurredOnArgument, "The day they attended: one of the event's local dates (default: the event's date). " + OccurredOnRoles)
            .ResolveAsync(async c =>
            {
                var @event = await ManagedEventAsync(c, c.GetArgument<string>("eventId"), "recording attendance");
                var occurredOn = OccurredOn(c, [@event.Definition.HostPartnerId]);
                return await Grains(c).GetGrain<IEventGrain>(@event.Id).RecordRetroactiveAttendanceAsync(
                    c.GetArgument<List<string>>("codes"), occurredOn, c.Caller().Actor());
            });
    }

    private void AttendanceMutations()
    {
        Field<NonNullGraphType<RegistrationOutcomeGraphType>>("registerAttendee")
            .Description("Registers an SME (and optionally one of its contacts) for an event; a retry with the same idempotency key or attendee returns the first registration.")
            .Argument<NonNullGraphType<IdGraphType>>("eventId")
            .Argument<NonNullGraphType<IdGraphType>>("smeId")
            .Argument<IdGraphType>("contactId")
            .Argument<StringGraphType>("idempotencyKey")
            .ResolveAsync(async c =>
            {
                var @event = await ManagedEventAsync(c, c.GetArgument<string>("eventId"), "registering attendees");
                var attendee = await AttendeeAsync(c);
                return await Grains(c).GetGrain<IEventGrain>(@event.Id).RegisterAsync(attendee, c.GetArgument<string?>("idempotencyKey"));
            });

        Field<NonNullGraphType<RegistrationGraphType>>("cancelRegistration")
            .Description("Cancels a registration; a freed seat goes to the head of the waiting list.")
            .Argument<NonNullGraphType<StringGraphType>>("code")
            .ResolveAsync(async c =>
            {
                var code = ParseCode(c);
                var @event = await ManagedEventAsync(c, code.EventId, "cancelling registrations");
                return await Grains(c).GetGrain<IEventGrain>(@event.Id).CancelRegistrationAsync(code.ToString());
            });

        Field<NonNullGraphType<CheckInResultGraphType>>("checkIn")
            .Description("Checks an attendee in by the code on their badge; a repeated scan records one check-in and says when. " +
                "A door device that queues scans offline names each one (scanId, scannedAt): the check-in keeps the scan's time, and the same scan sent again gets the first answer.")
            .Argument<NonNullGraphType<StringGraphType>>("code")
            .Argument<StringGraphType>("scanId", ScanIdDescription)
            .Argument<DateTimeOffsetGraphType>("scannedAt", ScannedAtDescription)
            .ResolveAsync(async c =>
            {
                var bucket = await DoorBucketAsync(c, "checking in");
                var code = ParseCode(c).ToString();
                return DoorScanOf(c) is { } scan ? await bucket.CheckInScanAsync(code, scan) : await bucket.CheckInAsync(code);
            });

        Field<NonNullGraphType<RegistrationGraphType>>("undoCheckIn")
            .Description("Undoes a wrong scan while the event is live.")
            .Argument<NonNullGraphType<StringGraphType>>("code")
            .ResolveAsync(async c => await (await DoorBucketAsync(c, "undoing a check-in")).UndoCheckInAsync(ParseCode(c).ToString()));

        Field<NonNullGraphType<CheckInResultGraphType>>("walkIn")
            .Description("Registers and checks in, in one step, an SME that arrived unregistered (register it first, provisionally if it has no company id). " +
                "A door device that queues walk-ins offline names each one (scanId, scannedAt), as for checkIn. " +
                "A walk-in entered after the fact (from a paper list) names the day with occurredOn, also once the event is closed.")
            .Argument<NonNullGraphType<IdGraphType>>("eventId")
            .Argument<NonNullGraphType<IdGraphType>>("smeId")
            .Argument<IdGraphType>("contactId")
            .Argument<StringGraphType>("scanId", ScanIdDescription)
            .Argument<DateTimeOffsetGraphType>("scannedAt", ScannedAtDescription)
            .Argument<DateOnlyGraphType>(OccurredOnArgument, "The day the walk-in attended: one of the event's local dates. " + OccurredOnRoles)
            .ResolveAsync(async c =>
            {
                var @event = await LoadEventAsync(c, c.GetArgument<string>("eventId"), "eventId");
                c.Caller().RequireEvent(@event.Id, @event.Definition.HostPartnerId, "checking in walk-ins");
                var occurredOn = OccurredOn(c, [@event.Definition.HostPartnerId]);
                if (occurredOn is not null && DoorScanOf(c) is not null)
                {
                    throw ApiError.Invalid(OccurredOnArgument, "Give either a door scan (scanId, scannedAt) or occurredOn for a walk-in entered after the fact, not both.");
                }

                var grain = Grains(c).GetGrain<IEventGrain>(@event.Id);
                var attendee = await AttendeeAsync(c);
                return occurredOn is { } day ? await grain.WalkInOnAsync(attendee, day, c.Caller().Actor())
                    : DoorScanOf(c) is { } scan ? await grain.WalkInScanAsync(attendee, scan)
                    : await grain.WalkInAsync(attendee);
            });

        Field<NonNullGraphType<RegistrationGraphType>>("leaveFeedback")
            .Description("An attendee's rating (1-5) and comment, once per attendee per event.")
            .Argument<NonNullGraphType<StringGraphType>>("code")
            .Argument<NonNullGraphType<IntGraphType>>("rating")
            .Argument<StringGraphType>("comment")
            .ResolveAsync(async c =>
            {
                var code = ParseCode(c);
                var @event = await LoadEventAsync(c, code.EventId, "code");
                var bucket = Grains(c).GetGrain<IAttendanceBucketGrain>(IseKeys.AttendanceBucket(code.EventId, code.Bucket));
                var caller = c.Caller();
                var registration = await bucket.FindByCodeAsync(code.ToString())
                    ?? throw ApiError.Create(ErrorCodes.NotFound, $"Unknown attendee code {code}.", "code");
                if (!(caller.Role == IseRole.ClusterMember && caller.Scope == registration.Attendee.SmeId))
                {
                    caller.RequirePartner(@event.Definition.HostPartnerId, "recording feedback for its events");
                }

                return await bucket.LeaveFeedbackAsync(code.ToString(), c.GetArgument<int>("rating"), c.GetArgument<string?>("comment"));
            });
    }

    private void EventTransition(string name, string description, Func<IEventGrain, Task<EventView>> transition) =>
        Field<NonNullGraphType<EventGraphType>>(name)
            .Description(description)
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .ResolveAsync(async c =>
            {
                var @event = await ManagedEventAsync(c, c.GetArgument<string>("id"), name);
                return await transition(Grains(c).GetGrain<IEventGrain>(@event.Id));
            });

    private const string OccurredOnArgument = "occurredOn";

    private const string OccurredOnRoles = "Only the secretariat and staff of the partner concerned backdate; not in the future, not before the programme's start. " +
        "The journey entry keeps when and by whom it was recorded (recordedAt, recordedBy).";

    /// <summary>
    /// The day an engagement recorded after the fact happened (argument <c>occurredOn</c>), or null when not given.
    /// Backdating is for the secretariat and staff of the partners concerned (<paramref name="partnerIds"/>); any other
    /// caller giving it is refused (FORBIDDEN, naming the field) before anything changes.
    /// </summary>
    private static DateOnly? OccurredOn(IResolveFieldContext context, IReadOnlyCollection<string> partnerIds)
    {
        if (context.GetArgument<DateOnly?>(OccurredOnArgument) is not { } day)
        {
            return null;
        }

        var caller = context.Caller();
        if (!(caller.IsSecretariat || (caller.Role == IseRole.PartnerStaff && partnerIds.Any(caller.ActsForPartner))))
        {
            throw ApiError.Create(ErrorCodes.Forbidden,
                $"{OccurredOnArgument}: backdating is for the secretariat and staff of partner {string.Join(" or ", partnerIds)}, not for {caller.Role} {caller.Scope}.",
                OccurredOnArgument);
        }

        return day;
    }

    private static IGrainFactory Grains(IResolveFieldContext context) => context.RequestServices!.GetRequiredService<IGrainFactory>();

    private static async Task<SmeDetails> LoadSmeAsync(IResolveFieldContext context, string smeId)
    {
        var loader = context.RequestServices!.GetRequiredService<SmeByIdDataLoader>();
        loader.Forget(smeId);
        return (await loader.LoadAsync(smeId))!;
    }

    private static async Task<EventView> LoadEventAsync(IResolveFieldContext context, string eventId, string field)
    {
        var loader = context.RequestServices!.GetRequiredService<EventByIdDataLoader>();
        loader.Forget(eventId);
        return await loader.LoadAsync(eventId) ?? throw ApiError.Create(ErrorCodes.NotFound, $"No event with id {eventId}.", field);
    }

    /// <summary>An event the caller organises: the secretariat, or staff and organisers of its host partner.</summary>
    private static async Task<EventView> ManagedEventAsync(IResolveFieldContext context, string eventId, string what)
    {
        var caller = context.RequireRole(IseRole.Secretariat, IseRole.PartnerStaff, IseRole.EventOrganiser);
        var @event = await LoadEventAsync(context, eventId, "eventId");
        caller.RequirePartner(@event.Definition.HostPartnerId, what);
        return @event;
    }

    private static AttendeeCode ParseCode(IResolveFieldContext context)
    {
        try
        {
            return AttendeeCode.Parse(context.GetArgument<string>("code"));
        }
        catch (Ise.Errors.IseException ex)
        {
            throw ApiError.From(ex);
        }
    }

    private static async Task<IAttendanceBucketGrain> DoorBucketAsync(IResolveFieldContext context, string what)
    {
        var code = ParseCode(context);
        var @event = await LoadEventAsync(context, code.EventId, "code");
        context.Caller().RequireEvent(@event.Id, @event.Definition.HostPartnerId, what);
        return Grains(context).GetGrain<IAttendanceBucketGrain>(IseKeys.AttendanceBucket(code.EventId, code.Bucket));
    }

    private static async Task<Attendee> AttendeeAsync(IResolveFieldContext context)
    {
        var smeId = context.GetArgument<string>("smeId");
        if (!IseKeys.TryCountryOfSme(smeId, out _))
        {
            throw ApiError.Invalid("smeId", $"'{smeId}' is not an SME id.");
        }

        var sme = await context.RequestServices!.GetRequiredService<SmeByIdDataLoader>().LoadAsync(smeId)
            ?? throw ApiError.Create(ErrorCodes.NotFound, $"No SME with id {smeId}.", "smeId");
        if (sme.View.MergedInto is { } merged)
        {
            throw ApiError.Create(ErrorCodes.Conflict, $"SME {smeId} was merged into {merged}; register that one.", "smeId");
        }

        var profile = sme.View.Profile;
        return new Attendee(profile.Id, profile.Country, profile.Region, profile.Sector, context.GetArgument<string?>("contactId"));
    }
}
