using System.Text.Json;
using Ise.Effects;
using Ise.Smes.Rules;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Storage;

namespace Ise.Bench;

/// <summary>
/// Writes seeded SMEs straight into grain storage, as the SME grain itself stores them once its
/// outbox is delivered: the states of an SME registered through its grain (the template) with the
/// other SME's profile and journey (<see cref="SmeSeeder"/>'s parameters). P6 needs 100,000 SMEs with
/// 20-entry journeys at rest in PostgreSQL; registering them through the grains takes this machine
/// over an hour (every registration also feeds the indexes and indicator buckets), writing them
/// takes minutes. Before writing, <see cref="VerifyAsync"/> rebuilds SMEs that were registered
/// through their grains and requires their stored JSON to be the same, field for field.
/// </summary>
public sealed class StoredSmeCopies
{
    private const string SmeStateName = "sme";
    private const string ContactsStateName = "sme-contacts";

    private readonly IGrainStorage _storage;
    private readonly IGrainFactory _grains;
    private readonly int _journeyEntries;
    private readonly IReadOnlyList<PartnerInfo> _partners;
    private SmeState? _template;
    private SmeContactsState? _contactsTemplate;

    public StoredSmeCopies(IServiceProvider silo, int journeyEntries)
    {
        _storage = silo.GetRequiredKeyedService<IGrainStorage>(IseKeys.StorageName);
        _grains = silo.GetRequiredService<IGrainFactory>();
        _journeyEntries = journeyEntries;
        _partners = ProgrammeCatalog.Partners;
    }

    /// <summary>
    /// Takes the SME numbered <paramref name="templateNumber"/> as the template, then rebuilds each of
    /// <paramref name="registered"/> (registered through their grains, outboxes delivered) and compares.
    /// </summary>
    public async Task VerifyAsync(int templateNumber, IEnumerable<int> registered)
    {
        (_template, _contactsTemplate) = await ReadAsync(templateNumber);
        if (_template.Outbox.Pending.Count > 0)
        {
            throw new InvalidOperationException($"P6: the template SME still has {_template.Outbox.Pending.Count} undelivered outbox entries.");
        }

        foreach (var number in registered)
        {
            var (stored, contacts) = await ReadAsync(number);
            var (copy, copyContacts) = CopyFor(number, stored.Profile!.RegisteredAt);
            Require(number, SmeStateName, stored, copy);
            Require(number, ContactsStateName, contacts, copyContacts);
        }
    }

    /// <summary>Writes the states of the SMEs numbered <paramref name="numbers"/>, as registered at <paramref name="registeredAt"/>.</summary>
    public Task WriteAsync(IEnumerable<int> numbers, DateTimeOffset registeredAt, int writers) =>
        Parallel.ForEachAsync(numbers, new ParallelOptions { MaxDegreeOfParallelism = writers }, async (number, _) =>
        {
            var (state, contacts) = CopyFor(number, registeredAt);
            var id = GrainIdOf(number);
            await _storage.WriteStateAsync(SmeStateName, id, new GrainState<SmeState>(state));
            await _storage.WriteStateAsync(ContactsStateName, id, new GrainState<SmeContactsState>(contacts));
        });

    private (SmeState State, SmeContactsState Contacts) CopyFor(int number, DateTimeOffset registeredAt)
    {
        var template = _template ?? throw new InvalidOperationException("P6: verify the copies before writing them.");
        var command = SmeSeeder.CommandOf(number, _partners);
        var id = SmeSeeder.IdOf(number);
        var profile = new SmeProfile(id, command.Name.Trim(), command.Country, CompanyIds.Normalise(command.Country, command.CompanyId),
            command.Region, command.Sector, command.StaffCount, command.Turnover, command.BalanceSheetTotal, command.LeadPartnerId, registeredAt);
        var journey = new List<JourneyEntry>(SmeSeeder.HistoryOf(number, command.LeadPartnerId, _journeyEntries))
        {
            new($"{id}/enrolled", JourneyEntryKind.Enrolled, registeredAt, ProgrammeTime.ToLocal(registeredAt, command.Region),
                command.LeadPartnerId, null, null, null, null, null),
        };
        journey.Sort((a, b) => a.OccurredAt.CompareTo(b.OccurredAt));
        var state = new SmeState
        {
            Profile = profile,
            Journey = journey,
            ServingPartnerIds = [command.LeadPartnerId],
            Outbox = new OutboxState { NextSequence = template.Outbox.NextSequence },
            Inbox = new InboxLedger { AppliedThrough = new Dictionary<string, long>(template.Inbox.AppliedThrough, StringComparer.Ordinal) },
        };
        var contacts = new SmeContactsState { NextContactNumber = _contactsTemplate!.NextContactNumber };
        return (state, contacts);
    }

    private async Task<(SmeState State, SmeContactsState Contacts)> ReadAsync(int number)
    {
        var id = GrainIdOf(number);
        var state = new GrainState<SmeState>(new SmeState());
        var contacts = new GrainState<SmeContactsState>(new SmeContactsState());
        await _storage.ReadStateAsync(SmeStateName, id, state);
        await _storage.ReadStateAsync(ContactsStateName, id, contacts);
        if (!state.RecordExists || state.State is not { Profile: not null } stored || !contacts.RecordExists || contacts.State is not { } storedContacts)
        {
            throw new InvalidOperationException($"P6: SME {SmeSeeder.IdOf(number)} registered through its grain has no stored state.");
        }

        return (stored, storedContacts);
    }

    private GrainId GrainIdOf(int number) => _grains.GetGrain<ISmeGrain>(SmeSeeder.IdOf(number)).GetGrainId();

    private static void Require<T>(int number, string stateName, T stored, T copy)
    {
        var storedJson = JsonSerializer.Serialize(stored);
        var copyJson = JsonSerializer.Serialize(copy);
        if (storedJson != copyJson)
        {
            throw new InvalidOperationException(
                $"P6: the copy of SME {SmeSeeder.IdOf(number)}'s '{stateName}' state differs from what its grain stored.\nstored: {storedJson}\ncopy:   {copyJson}");
        }
    }
}
