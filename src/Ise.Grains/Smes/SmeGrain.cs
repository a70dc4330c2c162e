using System.Globalization;
using System.Runtime.ExceptionServices;
using Ise.Diagnostics;
using Ise.Effects;
using Ise.Errors;
using Ise.Hosting;
using Ise.Indexes;
using Ise.Journal;
using Ise.PersonalData;
using Ise.Programme;
using Ise.Smes.Rules;
using Ise.Validation;
using Microsoft.Extensions.Options;

namespace Ise.Smes;

/// <summary>
/// One SME, journaled: registration with identity and eligibility checks, the journey, the derived
/// stage, the index lists it is in and what it is credited for in the programme indicators. Each
/// change is one row of its stream (<see cref="ISmeEvent"/>) whose effects (lists, credits, clusters,
/// peer groups, the audit) the silo's dispatcher delivers once committed. Journey entries that journal
/// rows of other streams hold about the SME (its registrations and check-ins) are read again when it
/// activates and kept in memory only, so delivering one stores nothing here unless it changes the
/// SME's lists or credits. Contacts (the only personal data) and diagnostic answers stay rewritable
/// states of their own, so erasure deletes them. Non-reentrant: every request sees and leaves a
/// consistent state.
/// </summary>
public sealed partial class SmeGrain : JournaledIseGrain<SmeJournalState, ISmeEvent>, ISmeGrain, IRemindable
{
    private static readonly RegisterSmeValidator s_validator = new();
    private static readonly ContactInputValidator s_contactValidator = new();

    private readonly IPersistentState<SmeContactsState> _contacts;
    private readonly IPersistentState<SmeDiagnosticsState> _diagnostics;
    private readonly DiagnosticCatalog _catalog;
    private readonly EligibilityRules _eligibility;
    private readonly DateOnly _programmeStartsOn;
    private readonly JourneyFromJournal _journal;
    private IReadOnlyList<JourneyEntry> _aboutThisSme = [];
    private ExceptionDispatchInfo? _aboutThisSmeUnread;
    private readonly PersonalDataOptions _personalData;
    private readonly TimeProvider _time;

    /// <summary>The entries journal rows of other streams hold about this SME, as read at activation and delivered since.</summary>
    private readonly List<JourneyEntry> _fromOtherStreams = [];

    public SmeGrain(
        [PersistentState("sme-contacts", IseKeys.StorageName)] IPersistentState<SmeContactsState> contacts,
        [PersistentState("sme-diagnostics", IseKeys.StorageName)] IPersistentState<SmeDiagnosticsState> diagnostics,
        DiagnosticCatalog catalog,
        IOptions<ProgrammeOptions> programme,
        IOptions<PersonalDataOptions> personalData,
        JourneyFromJournal journal,
        TimeProvider time)
    {
        _contacts = contacts;
        _diagnostics = diagnostics;
        _catalog = catalog;
        _eligibility = new EligibilityRules(programme.Value.GbpToEurRate);
        _programmeStartsOn = programme.Value.StartsOn;
        _personalData = personalData.Value;
        _journal = journal;
        _time = time;
    }

    /// <summary>The journal stream of the SME with this id.</summary>
    public static string Stream(string smeId) => $"sme/{smeId}";

    protected override string StreamName => Stream(Id);

    private string Id => this.GetPrimaryKeyString();

    public override void Participate(IGrainLifecycle lifecycle)
    {
        base.Participate(lifecycle);

        // What other streams hold about this SME is read while its own stream and its other states are:
        // one round trip to storage before an activation answers (every new SME is an activation).
        lifecycle.Subscribe<SmeGrain>(GrainLifecycleStage.SetupState, async cancellationToken =>
        {
            try
            {
                _aboutThisSme = await _journal.ReadAsync(Id, cancellationToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                _aboutThisSmeUnread = ExceptionDispatchInfo.Capture(ex);
            }
        });
    }

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        await base.OnActivateAsync(cancellationToken);
        if (IsPoisoned)
        {
            return;
        }

        _aboutThisSmeUnread?.Throw();
        await ReadJourneyFromOtherStreamsAsync(_aboutThisSme);
        _aboutThisSme = [];
        await RecordUnrecordedAssessmentAsync();
    }

    /// <summary>The retention check; any other reminder is an outbox's from before the journal, dropped.</summary>
    public Task ReceiveReminder(string reminderName, TickStatus status) =>
        reminderName == RetentionReminderName ? ApplyRetentionAsync() : this.DropReminderAsync(reminderName);

    public async Task<SmeRegistration> RegisterAsync(RegisterSme command)
    {
        s_validator.ValidateOrThrow(command);
        CheckIdentity(Id, command);
        if (State.Profile is { } existing)
        {
            return new SmeRegistration(Id, Created: false, existing.LeadPartnerId);
        }

        var eligibility = _eligibility.Check(command.Country, command.Region, command.StaffCount, command.Turnover, command.BalanceSheetTotal);
        if (!eligibility.IsEligible)
        {
            throw IseException.Invalid("eligibility", "Not eligible for the programme: " + string.Join("; ", eligibility.Reasons));
        }

        var now = _time.GetUtcNow();
        var normalisedId = command.CompanyId is null ? null : CompanyIds.Normalise(command.Country, command.CompanyId);
        var profile = new SmeProfile(
            Id, command.Name.Trim(), command.Country, normalisedId, command.Region, command.Sector,
            command.StaffCount, command.Turnover, command.BalanceSheetTotal, command.LeadPartnerId, now);
        var enrolled = new JourneyEntry($"{Id}/enrolled", JourneyEntryKind.Enrolled, now, ProgrammeTime.ToLocal(now, command.Region),
            command.LeadPartnerId, null, null, null, null, null);

        var audited = new List<PersonalDataAuditEntry>();
        if (command.Contacts.Count > 0 || _contacts.State.Contacts.Count > 0)
        {
            _contacts.State = new SmeContactsState();
            foreach (var contact in command.Contacts)
            {
                var added = AddContact(contact);
                audited.Add(AuditEntry(PersonalDataAction.Added, command.RegisteredBy ?? $"registration for {command.LeadPartnerId}", added.Id, null));
            }

            await WriteContactsAsync();
        }

        await RaiseAndConfirmAsync(new SmeRegistered(Guid.NewGuid(), now, profile, enrolled, audited,
            Consequences(profile, null, [enrolled], [command.LeadPartnerId])));
        if (command.Contacts.Count > 0)
        {
            await EnsureRetentionReminderAsync();
        }

        return new SmeRegistration(Id, Created: true, command.LeadPartnerId);
    }

    public Task<SmeView> GetAsync() => Task.FromResult(View());

    public Task<bool> ExistsAsync() => Task.FromResult(State.Profile is not null);

    public Task<SmeDetails?> FindDetailsAsync() =>
        Task.FromResult(State.Profile is null ? null : new SmeDetails(View(), Journey()));

    public async Task<Contact> AddContactAsync(ContactInput contact, string actor)
    {
        RequireProfile();
        s_contactValidator.ValidateOrThrow(contact);
        if (_contacts.State.Contacts.Count >= RegisterSmeValidator.MaxContacts)
        {
            throw IseException.Conflict($"SME {Id} already has {RegisterSmeValidator.MaxContacts} contacts.", "contact");
        }

        var added = AddContact(contact);
        await AuditAsync(AuditEntry(PersonalDataAction.Added, actor, added.Id, null));
        await WriteContactsAsync();
        await EnsureRetentionReminderAsync();
        return added;
    }

    public Task<IReadOnlyList<JourneyEntry>> GetJourneyAsync()
    {
        RequireProfile();
        return Task.FromResult<IReadOnlyList<JourneyEntry>>(Journey());
    }

    public Task<IReadOnlyList<Contact>> GetContactsAsync()
    {
        RequireProfile();
        return Task.FromResult<IReadOnlyList<Contact>>([.. _contacts.State.Contacts]);
    }

    public Task<SmeView> JoinClusterAsync(Sector sector, DateOnly? occurredOn = null, string? recordedBy = null) =>
        ChangeClusterAsync(sector, joining: true, occurredOn, recordedBy);

    public Task<SmeView> LeaveClusterAsync(Sector sector, DateOnly? occurredOn = null, string? recordedBy = null) =>
        ChangeClusterAsync(sector, joining: false, occurredOn, recordedBy);

    public async Task<SmeView> MergeIntoAsync(string targetSmeId, string actor)
    {
        var profile = RequireProfile();
        if (!profile.IsProvisional)
        {
            throw IseException.Conflict($"SME {Id} has a company id; only provisional SMEs are merged.", "smeId");
        }

        if (State.MergedInto is { } already)
        {
            if (already == targetSmeId)
            {
                return View();
            }

            throw IseException.Conflict($"SME {Id} was already merged into {already}.", "smeId");
        }

        if (targetSmeId == Id || IseKeys.IsProvisionalSme(targetSmeId))
        {
            throw IseException.Invalid("targetSmeId", "A provisional SME is merged into a registered SME with a company id.");
        }

        var now = _time.GetUtcNow();
        var entry = new JourneyEntry($"{Id}/merged-into", JourneyEntryKind.MergedInto, now, ProgrammeTime.ToLocal(now, profile.Region),
            profile.LeadPartnerId, null, null, null, targetSmeId, $"merged by {actor}");
        await RaiseAndConfirmAsync(new SmeMerged(Guid.NewGuid(), now, targetSmeId, entry, Journey(), ServingPartnerIds(),
            Consequences(profile, targetSmeId, [entry], [])));
        return View();
    }

    public async Task ApplyEffectsAsync(EffectBatch batch)
    {
        // Deliveries from the journal are recognised by what they hold (journey entries have ids); a sender with an outbox by its
        // sequence. A journey entry from the journal is about this SME in another stream's row: read again at activation, not stored.
        var fromJournal = JournalSource.Is(batch.SourceId);
        var (effects, through) = fromJournal
            ? ([.. batch.Effects.Select(e => e.Effect)], 0)
            : InboxLedger.Fresh(batch, State.AppliedThrough.GetValueOrDefault(batch.SourceId));
        if (effects.Count == 0)
        {
            return;
        }

        var now = _time.GetUtcNow();
        if (State.MergedInto is { } target)
        {
            // Passed on as handed over: the target's journal holds no row about the entries, so it stores them.
            var forwarded = effects.Select(e => e is JourneyEffect journey ? new JourneyTransferEffect(Id, [journey.Entry], []) : e).ToList();
            await RaiseAndConfirmAsync(new SmeEffectsForwarded(Guid.NewGuid(), now, batch.SourceId, through, target, forwarded));
            return;
        }

        var received = new List<JourneyEntry>();
        var partners = new List<string>();
        foreach (var effect in effects)
        {
            switch (effect)
            {
                case JourneyEffect { Entry: var entry } when fromJournal:
                    if (!Knows(entry.Id))
                    {
                        _fromOtherStreams.Add(entry);
                    }

                    break;
                case JourneyEffect journey:
                    received.Add(journey.Entry);
                    break;
                case JourneyTransferEffect transfer:
                    received.AddRange(transfer.Entries.Where(e => e.Kind is not JourneyEntryKind.Enrolled and not JourneyEntryKind.MergedInto));
                    partners.AddRange(transfer.PartnerIds);
                    received.Add(new JourneyEntry($"{Id}/merged-from/{transfer.FromSmeId}", JourneyEntryKind.MergedFrom, now,
                        ProgrammeTime.ToLocal(now, State.Profile?.Region ?? Region.Kent), State.Profile?.LeadPartnerId ?? "",
                        null, null, null, transfer.FromSmeId, null));
                    break;
                default:
                    throw new InvalidOperationException($"SME grain cannot apply {effect.GetType().Name}.");
            }
        }

        received = [.. received.Where(e => !Knows(e.Id)).DistinctBy(e => e.Id)];
        partners = [.. partners.Distinct().Where(p => !State.ServingPartnerIds.Contains(p))];
        var consequences = Consequences(State.Profile, null, received, partners);
        if (received.Count == 0 && partners.Count == 0 && consequences.IsEmpty)
        {
            // Nothing new (an entry already read from the journal, say): nothing stored, a repeat finds the same.
            return;
        }

        if (received.Count > 0 || partners.Count > 0)
        {
            await RaiseAndConfirmAsync(new SmeJourneyReceived(Guid.NewGuid(), now, batch.SourceId, through, received, partners, consequences));
        }
        else
        {
            await RaiseAndConfirmAsync(new SmeRecounted(Guid.NewGuid(), now, consequences));
        }
    }

    /// <summary>
    /// Reads the entries journal rows of other streams hold about this SME. What they change in its lists or
    /// credits is recorded now (a row may have committed while this SME was inactive, its delivery then finding
    /// the entry already here). So is an SME stored before the name index, which is not in its name lists yet.
    /// A merged SME keeps the journey it handed over.
    /// </summary>
    private async Task ReadJourneyFromOtherStreamsAsync(IReadOnlyList<JourneyEntry> aboutThisSme)
    {
        if (State.MergedInto is not null)
        {
            return;
        }

        foreach (var entry in aboutThisSme)
        {
            if (!Knows(entry.Id))
            {
                _fromOtherStreams.Add(entry);
            }
        }

        if (State.Profile is { } profile && (_fromOtherStreams.Count > 0 || !State.Lists.IsSupersetOf(IndexChanges.BucketsOf(Id, SmeIndexes.NameEntries(profile))))
            && Consequences(profile, null, [], []) is { IsEmpty: false } consequences)
        {
            await RaiseAndConfirmAsync(new SmeRecounted(Guid.NewGuid(), _time.GetUtcNow(), consequences));
        }
    }

    private async Task<SmeView> ChangeClusterAsync(Sector sector, bool joining, DateOnly? occurredOn, string? recordedBy)
    {
        var profile = RequireProfile();
        if (!Enum.IsDefined(sector))
        {
            throw IseException.Invalid("sector", $"{sector} is not a programme sector.");
        }

        if (State.MergedInto is { } merged)
        {
            throw IseException.Conflict($"SME {Id} was merged into {merged}.", "smeId");
        }

        var journey = Journey();
        var slug = ProgrammeCatalog.Describe(sector).Slug;
        var member = ClusterMemberships.Current(journey).Contains(slug);
        if (member == joining)
        {
            throw IseException.Conflict(joining ? $"SME {Id} is already a member of the {slug} cluster." : $"SME {Id} is not a member of the {slug} cluster.", "sector");
        }

        var now = _time.GetUtcNow();
        var at = EngagementDates.HappenedAt(occurredOn, now, profile.Region, _programmeStartsOn);
        if (journey.LastOrDefault(e => e.Kind is JourneyEntryKind.ClusterJoined or JourneyEntryKind.ClusterLeft && e.Reference == slug) is { } latest
            && at < latest.OccurredAt)
        {
            // Memberships are read in journey order: a change dated before the latest one would reorder them.
            throw IseException.Invalid(EngagementDates.Field, string.Create(CultureInfo.InvariantCulture,
                $"SME {Id} {(latest.Kind == JourneyEntryKind.ClusterJoined ? "joined" : "left")} the {slug} cluster on {latest.LocalTime:yyyy-MM-dd}; a later change cannot be dated before that."));
        }

        var entry = new JourneyEntry($"{Id}/cluster/v{Version + 1}", joining ? JourneyEntryKind.ClusterJoined : JourneyEntryKind.ClusterLeft,
            at, ProgrammeTime.ToLocal(at, profile.Region), profile.LeadPartnerId, ActivityKind.ClusterMembership, null, null, slug, null, now, recordedBy);
        await RaiseAndConfirmAsync(new SmeClusterMembershipChanged(Guid.NewGuid(), now, entry, slug, joining, profile.Country, profile.Region,
            Consequences(profile, null, [entry], [])));
        return View();
    }

    /// <summary>
    /// What a change would do to the SME's lists and credits: the SME as it is, with <paramref name="added"/>
    /// entries and partners, the profile and merge given; compared with the lists it is in and the credits it holds.
    /// </summary>
    private SmeConsequences Consequences(SmeProfile? profile, string? mergedInto, List<JourneyEntry> added, List<string> partnersAdded)
    {
        var journey = added.Count == 0 ? Journey() : Sorted(Journey().Concat(added));
        var partners = ServingPartnerIds().Concat(partnersAdded).Concat(added.Select(e => e.PartnerId).Where(p => !string.IsNullOrEmpty(p))).Distinct();
        return SmeConsequences.Of(Id, profile, mergedInto, journey, partners, State.Lists, State.Credited, _time.GetUtcNow(), State.VersionBase);
    }

    /// <summary>The whole journey, in the order things happened: the entries the SME stores and those other streams hold about it.</summary>
    private List<JourneyEntry> Journey() => Sorted(State.Journey.Concat(_fromOtherStreams));

    private static List<JourneyEntry> Sorted(IEnumerable<JourneyEntry> entries) => [.. entries.DistinctBy(e => e.Id).OrderBy(e => e.OccurredAt)];

    private bool Knows(string entryId) => State.Journey.Exists(e => e.Id == entryId) || _fromOtherStreams.Exists(e => e.Id == entryId);

    /// <summary>The partners that served the SME: those it stores, then those of entries other streams hold about it.</summary>
    private List<string> ServingPartnerIds() =>
        [.. State.ServingPartnerIds.Concat(_fromOtherStreams.Select(e => e.PartnerId).Where(p => !string.IsNullOrEmpty(p))).Distinct()];

    private Contact AddContact(ContactInput input)
    {
        var number = _contacts.State.NextContactNumber++;
        var contact = new Contact(
            "c" + number.ToString(CultureInfo.InvariantCulture), input.Name.Trim(), input.Email?.Trim(), input.Phone?.Trim(), input.Consent!);
        _contacts.State.Contacts.Add(contact);
        return contact;
    }

    private static void CheckIdentity(string id, RegisterSme command)
    {
        if (command.CompanyId is null)
        {
            if (!IseKeys.IsProvisionalSme(id) || !IseKeys.TryCountryOfSme(id, out var country) || country != command.Country)
            {
                throw IseException.Invalid("companyId", $"companyId is required for SME {id}; firms without one are registered as provisional SMEs.");
            }

            return;
        }

        var expected = IseKeys.Sme(command.Country, CompanyIds.Normalise(command.Country, command.CompanyId));
        if (expected != id)
        {
            throw IseException.Invalid("companyId", $"companyId {command.CompanyId} identifies SME {expected}, not {id}.");
        }
    }

    private SmeProfile RequireProfile() =>
        State.Profile ?? throw IseException.NotFound("smeId", $"No SME with id {Id}.");

    private SmeView View()
    {
        var profile = RequireProfile();
        var journey = Journey();
        return new SmeView(profile, StageRules.Explain(profile.Country, journey), ServingPartnerIds(),
            journey.Count, State.MergedInto, SizeBands.Of(profile.StaffCount), _contacts.State.Contacts.Count);
    }

    protected override void TransitionState(SmeJournalState state, ISmeEvent @event) => state.Apply(@event);
}
