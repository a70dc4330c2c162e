using System.Globalization;
using Ise.Diagnostics;
using Ise.Effects;
using Ise.Errors;
using Ise.Indexes;
using Ise.Indicators;
using Ise.PersonalData;
using Ise.Programme;
using Ise.Smes.Rules;
using Ise.Validation;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Ise.Smes;

/// <summary>
/// One SME: registration with identity and eligibility checks, the journey fed by other grains'
/// outboxes and by the journal, the derived stage, and the index lists it belongs to (kept up to date
/// through its own outbox). Journey entries that journal rows of other streams hold about the SME (its
/// registrations and check-ins) are read again when it activates, so delivering one writes nothing here
/// unless it changes what the SME stores for itself (its lists, its indicator credits). Non-reentrant:
/// every request sees and leaves a consistent state.
/// </summary>
public sealed partial class SmeGrain : Grain, ISmeGrain, IRemindable
{
    private static readonly RegisterSmeValidator s_validator = new();
    private static readonly ContactInputValidator s_contactValidator = new();

    private readonly IPersistentState<SmeState> _state;
    private readonly IPersistentState<SmeContactsState> _contacts;
    private readonly IPersistentState<SmeDiagnosticsState> _diagnostics;
    private readonly DiagnosticCatalog _catalog;
    private readonly IPersistentState<SmeIndicatorState> _legacyIndicators;
    private readonly EligibilityRules _eligibility;
    private readonly DateOnly _programmeStartsOn;
    private readonly JourneyFromJournal _journal;
    private readonly PersonalDataOptions _personalData;
    private readonly TimeProvider _time;
    private readonly ILogger<SmeGrain> _logger;
    private OutboxPump? _pump;

    public SmeGrain(
        [PersistentState("sme", IseKeys.StorageName)] IPersistentState<SmeState> state,
        [PersistentState("sme-contacts", IseKeys.StorageName)] IPersistentState<SmeContactsState> contacts,
        [PersistentState("sme-diagnostics", IseKeys.StorageName)] IPersistentState<SmeDiagnosticsState> diagnostics,
        DiagnosticCatalog catalog,
        [PersistentState("sme-indicators", IseKeys.StorageName)] IPersistentState<SmeIndicatorState> legacyIndicators,
        IOptions<ProgrammeOptions> programme,
        IOptions<PersonalDataOptions> personalData,
        JourneyFromJournal journal,
        TimeProvider time,
        ILogger<SmeGrain> logger)
    {
        _state = state;
        _contacts = contacts;
        _diagnostics = diagnostics;
        _catalog = catalog;
        _legacyIndicators = legacyIndicators;
        _eligibility = new EligibilityRules(programme.Value.GbpToEurRate);
        _programmeStartsOn = programme.Value.StartsOn;
        _personalData = personalData.Value;
        _journal = journal;
        _time = time;
        _logger = logger;
    }

    private SmeState State => _state.State;

    private OutboxPump Pump => _pump ?? throw new InvalidOperationException("not activated");

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        _pump = new OutboxPump(this, () => State.Outbox, WriteSmeAsync, GrainFactory, _logger);
        _pump.OnActivated();
        await ActivateIndicatorsAsync();
        await AdoptJourneyFromJournalAsync(cancellationToken);
        await RecordUnrecordedAssessmentAsync();
    }

    public override Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken) => Pump.OnDeactivatingAsync(reason);

    public Task ReceiveReminder(string reminderName, TickStatus status) =>
        Pump.Owns(reminderName) ? Pump.OnReminderAsync()
        : reminderName == LegacyIndicatorReminderName ? DropLegacyIndicatorReminderAsync()
        : reminderName == RetentionReminderName ? ApplyRetentionAsync()
        : Task.CompletedTask;

    public async Task<SmeRegistration> RegisterAsync(RegisterSme command)
    {
        s_validator.ValidateOrThrow(command);
        var id = this.GetPrimaryKeyString();
        CheckIdentity(id, command);
        if (State.Profile is { } existing)
        {
            return new SmeRegistration(id, Created: false, existing.LeadPartnerId);
        }

        var eligibility = _eligibility.Check(command.Country, command.Region, command.StaffCount, command.Turnover, command.BalanceSheetTotal);
        if (!eligibility.IsEligible)
        {
            throw IseException.Invalid("eligibility", "Not eligible for the programme: " + string.Join("; ", eligibility.Reasons));
        }

        var now = _time.GetUtcNow();
        var normalisedId = command.CompanyId is null ? null : CompanyIds.Normalise(command.Country, command.CompanyId);
        var before = SmeIndexes.Of(State, CurrentStage());
        State.Profile = new SmeProfile(
            id, command.Name.Trim(), command.Country, normalisedId, command.Region, command.Sector,
            command.StaffCount, command.Turnover, command.BalanceSheetTotal, command.LeadPartnerId, now);
        State.ServingPartnerIds = [command.LeadPartnerId];
        State.Journey =
        [
            new JourneyEntry($"{id}/enrolled", JourneyEntryKind.Enrolled, now, ProgrammeTime.ToLocal(now, command.Region),
                command.LeadPartnerId, null, null, null, null, null),
        ];
        IndexChanges.Record(State.Outbox, id, before, SmeIndexes.Of(State, CurrentStage()));

        _contacts.State = new SmeContactsState();
        foreach (var contact in command.Contacts)
        {
            var added = AddContact(contact);
            Audit(PersonalDataAction.Added, command.RegisteredBy ?? $"registration for {command.LeadPartnerId}", added.Id, null);
        }

        await Pump.EnsureRecoverableAsync();
        await _contacts.WriteStateAsync();
        await WriteAsync();
        if (command.Contacts.Count > 0)
        {
            await EnsureRetentionReminderAsync();
        }

        return new SmeRegistration(id, Created: true, command.LeadPartnerId);
    }

    public Task<SmeView> GetAsync() => Task.FromResult(View());

    public Task<bool> ExistsAsync() => Task.FromResult(State.Profile is not null);

    public Task<SmeDetails?> FindDetailsAsync() =>
        Task.FromResult(State.Profile is null ? null : new SmeDetails(View(), [.. State.Journey]));

    public async Task<Contact> AddContactAsync(ContactInput contact, string actor)
    {
        RequireProfile();
        s_contactValidator.ValidateOrThrow(contact);
        if (_contacts.State.Contacts.Count >= RegisterSmeValidator.MaxContacts)
        {
            throw IseException.Conflict($"SME {this.GetPrimaryKeyString()} already has {RegisterSmeValidator.MaxContacts} contacts.", "contact");
        }

        var added = AddContact(contact);
        Audit(PersonalDataAction.Added, actor, added.Id, null);
        await WriteAuditedAsync();
        await WriteContactsAsync();
        await EnsureRetentionReminderAsync();
        return added;
    }

    public Task<IReadOnlyList<JourneyEntry>> GetJourneyAsync()
    {
        RequireProfile();
        return Task.FromResult<IReadOnlyList<JourneyEntry>>([.. State.Journey]);
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
        var id = this.GetPrimaryKeyString();
        if (!profile.IsProvisional)
        {
            throw IseException.Conflict($"SME {id} has a company id; only provisional SMEs are merged.", "smeId");
        }

        if (State.MergedInto is { } already)
        {
            if (already == targetSmeId)
            {
                return View();
            }

            throw IseException.Conflict($"SME {id} was already merged into {already}.", "smeId");
        }

        if (targetSmeId == id || IseKeys.IsProvisionalSme(targetSmeId))
        {
            throw IseException.Invalid("targetSmeId", "A provisional SME is merged into a registered SME with a company id.");
        }

        var now = _time.GetUtcNow();
        var before = SmeIndexes.Of(State, CurrentStage());
        State.Outbox.Add(EffectTarget.Sme, targetSmeId, new JourneyTransferEffect(id, [.. State.Journey], [.. State.ServingPartnerIds]));
        State.Journey.Add(new JourneyEntry($"{id}/merged-into", JourneyEntryKind.MergedInto, now, ProgrammeTime.ToLocal(now, profile.Region),
            profile.LeadPartnerId, null, null, null, targetSmeId, $"merged by {actor}"));
        State.MergedInto = targetSmeId;
        IndexChanges.Record(State.Outbox, id, before, SmeIndexes.Of(State, CurrentStage()));

        await Pump.EnsureRecoverableAsync();
        await WriteAsync();
        return View();
    }

    public async Task ApplyEffectsAsync(EffectBatch batch)
    {
        var effects = State.Inbox.Accept(batch);
        if (effects.Count == 0)
        {
            return;
        }

        // Journey entries from the journal are read again on activation: they need a write only for what they change here.
        var fromJournal = JournalSource.Is(batch.SourceId) && effects.All(e => e is JourneyEffect);
        var outboxBefore = State.Outbox.NextSequence;

        var id = this.GetPrimaryKeyString();
        var before = SmeIndexes.Of(State, CurrentStage());
        foreach (var effect in effects)
        {
            if (State.MergedInto is { } target)
            {
                State.Outbox.Add(EffectTarget.Sme, target, effect);
                continue;
            }

            switch (effect)
            {
                case JourneyEffect journey:
                    Append(journey.Entry);
                    break;
                case JourneyTransferEffect transfer:
                    foreach (var entry in transfer.Entries.Where(e => e.Kind is not JourneyEntryKind.Enrolled and not JourneyEntryKind.MergedInto))
                    {
                        Append(entry);
                    }

                    foreach (var partner in transfer.PartnerIds.Where(p => !State.ServingPartnerIds.Contains(p)))
                    {
                        State.ServingPartnerIds.Add(partner);
                    }

                    var now = _time.GetUtcNow();
                    Append(new JourneyEntry($"{id}/merged-from/{transfer.FromSmeId}", JourneyEntryKind.MergedFrom, now,
                        ProgrammeTime.ToLocal(now, State.Profile?.Region ?? Region.Kent), State.Profile?.LeadPartnerId ?? "",
                        null, null, null, transfer.FromSmeId, null));
                    break;
                default:
                    throw new InvalidOperationException($"SME grain cannot apply {effect.GetType().Name}.");
            }
        }

        State.Journey.Sort((a, b) => a.OccurredAt.CompareTo(b.OccurredAt));
        IndexChanges.Record(State.Outbox, id, before, SmeIndexes.Of(State, CurrentStage()));
        await SendIndicatorInputsIfChangedAsync();
        if (fromJournal && State.Outbox.NextSequence == outboxBefore)
        {
            return;
        }

        if (State.Outbox.Pending.Count > 0)
        {
            await Pump.EnsureRecoverableAsync();
        }

        await WriteSmeAsync();
    }

    /// <summary>
    /// Adds the entries journal rows of other streams hold about this SME. What they change in its lists or
    /// credits is sent now (a row may have committed while this SME was inactive, its delivery then finding
    /// the entry already here). A merged SME keeps the journey it handed over.
    /// </summary>
    private async Task AdoptJourneyFromJournalAsync(CancellationToken cancellationToken)
    {
        if (State.MergedInto is not null)
        {
            return;
        }

        var entries = await _journal.ReadAsync(this.GetPrimaryKeyString(), cancellationToken);
        if (entries.Count == 0)
        {
            return;
        }

        var outboxBefore = State.Outbox.NextSequence;
        var before = SmeIndexes.Of(State, CurrentStage());
        foreach (var entry in entries)
        {
            Append(entry);
        }

        State.Journey.Sort((a, b) => a.OccurredAt.CompareTo(b.OccurredAt));
        IndexChanges.Record(State.Outbox, this.GetPrimaryKeyString(), before, SmeIndexes.Of(State, CurrentStage()));
        await SendIndicatorInputsIfChangedAsync();
        if (State.Outbox.NextSequence != outboxBefore)
        {
            await Pump.EnsureRecoverableAsync();
            await WriteSmeAsync();
        }
    }

    private async Task<SmeView> ChangeClusterAsync(Sector sector, bool joining, DateOnly? occurredOn, string? recordedBy)
    {
        var profile = RequireProfile();
        var id = this.GetPrimaryKeyString();
        if (!Enum.IsDefined(sector))
        {
            throw IseException.Invalid("sector", $"{sector} is not a programme sector.");
        }

        if (State.MergedInto is { } merged)
        {
            throw IseException.Conflict($"SME {id} was merged into {merged}.", "smeId");
        }

        var slug = ProgrammeCatalog.Describe(sector).Slug;
        var member = ClusterMemberships.Current(State.Journey).Contains(slug);
        if (member == joining)
        {
            throw IseException.Conflict(joining ? $"SME {id} is already a member of the {slug} cluster." : $"SME {id} is not a member of the {slug} cluster.", "sector");
        }

        var now = _time.GetUtcNow();
        var at = EngagementDates.HappenedAt(occurredOn, now, profile.Region, _programmeStartsOn);
        if (State.Journey.LastOrDefault(e => e.Kind is JourneyEntryKind.ClusterJoined or JourneyEntryKind.ClusterLeft && e.Reference == slug) is { } latest
            && at < latest.OccurredAt)
        {
            // Memberships are read in journey order: a change dated before the latest one would reorder them.
            throw IseException.Invalid(EngagementDates.Field, string.Create(CultureInfo.InvariantCulture,
                $"SME {id} {(latest.Kind == JourneyEntryKind.ClusterJoined ? "joined" : "left")} the {slug} cluster on {latest.LocalTime:yyyy-MM-dd}; a later change cannot be dated before that."));
        }

        var before = SmeIndexes.Of(State, CurrentStage());
        Append(new JourneyEntry($"{id}/cluster/{State.Outbox.NextSequence}", joining ? JourneyEntryKind.ClusterJoined : JourneyEntryKind.ClusterLeft,
            at, ProgrammeTime.ToLocal(at, profile.Region), profile.LeadPartnerId, ActivityKind.ClusterMembership, null, null, slug, null, now, recordedBy));
        State.Journey.Sort((a, b) => a.OccurredAt.CompareTo(b.OccurredAt));
        State.Outbox.Add(EffectTarget.ClusterMembers, IseKeys.ClusterMembers(slug, id), new ClusterMembershipEffect(id, profile.Country, profile.Region, joining, at));
        IndexChanges.Record(State.Outbox, id, before, SmeIndexes.Of(State, CurrentStage()));
        await Pump.EnsureRecoverableAsync();
        await WriteAsync();
        return View();
    }

    private void Append(JourneyEntry entry)
    {
        if (State.Journey.Any(e => e.Id == entry.Id))
        {
            return;
        }

        State.Journey.Add(entry);
        if (!string.IsNullOrEmpty(entry.PartnerId) && !State.ServingPartnerIds.Contains(entry.PartnerId))
        {
            State.ServingPartnerIds.Add(entry.PartnerId);
        }
    }

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

    private SmeStage CurrentStage() =>
        State.Profile is { } profile ? StageRules.Explain(profile.Country, State.Journey).Stage : SmeStage.Aware;

    private SmeProfile RequireProfile() =>
        State.Profile ?? throw IseException.NotFound("smeId", $"No SME with id {this.GetPrimaryKeyString()}.");

    private SmeView View()
    {
        var profile = RequireProfile();
        return new SmeView(profile, StageRules.Explain(profile.Country, State.Journey), [.. State.ServingPartnerIds],
            State.Journey.Count, State.MergedInto, SizeBands.Of(profile.StaffCount), _contacts.State.Contacts.Count);
    }

    /// <summary>Writes the SME's state, with the indicator inputs when they changed.</summary>
    private async Task WriteAsync()
    {
        await SendIndicatorInputsIfChangedAsync();
        await WriteSmeAsync();
    }

    private Task WriteSmeAsync() => Pump.WriteAsync(_state, DeactivateOnIdle);
}
