using System.Text.Json;
using Ise.Indicators;
using Ise.Journal;
using Ise.Smes.Rules;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Orleans.Serialization;

namespace Ise.Bench;

/// <summary>
/// Writes seeded SMEs straight into the journal, as the SME grain itself stores them: the rows of an
/// SME registered through its grain and given its history (<see cref="SmeSeeder"/>), made for another
/// SME's profile and journey, appended through the silo's writer without effects (the copies are at
/// rest: their lists and credits count as delivered). P6 needs 100,000 SMEs with 20-entry journeys in
/// PostgreSQL; registering them through the grains takes this machine far longer (every registration
/// also feeds the indexes and indicator buckets), writing them takes minutes. Before writing,
/// <see cref="VerifyAsync"/> rebuilds SMEs that were registered through their grains and requires their
/// stored rows to be the same, field for field (event ids and times aside).
/// </summary>
public sealed class StoredSmeCopies
{
    private readonly IJournalStore _store;
    private readonly JournalWriter _writer;
    private readonly JournalCodec<SmeJournalState, ISmeEvent> _codec;
    private readonly JsonSerializerOptions _json;
    private readonly int _journeyEntries;
    private readonly IReadOnlyList<PartnerInfo> _partners;

    public StoredSmeCopies(IServiceProvider silo, int journeyEntries)
    {
        _store = silo.GetRequiredService<IJournalStore>();
        _writer = silo.GetRequiredService<JournalWriter>();
        _json = silo.GetRequiredService<IOptions<SystemTextJsonGrainStorageSerializerOptions>>().Value.JsonSerializerOptions;
        _codec = new JournalCodec<SmeJournalState, ISmeEvent>(_json);
        _journeyEntries = journeyEntries;
        _partners = ProgrammeCatalog.Partners;
    }

    /// <summary>Rebuilds each of <paramref name="registered"/> (registered through their grains, history delivered) and compares.</summary>
    public async Task VerifyAsync(IEnumerable<int> registered)
    {
        foreach (var number in registered)
        {
            var stream = await _store.ReadStreamAsync(SmeGrain.Stream(SmeSeeder.IdOf(number)));
            var stored = stream.Tail.Select(_codec.Event).ToList();
            if (stream.Snapshot is not null || stored is not [SmeRegistered registeredEvent, SmeJourneyReceived received])
            {
                throw new InvalidOperationException($"P6: SME {SmeSeeder.IdOf(number)} registered through its grain stored {string.Join(", ", stream.Tail.Select(r => r.Kind))}.");
            }

            var (registeredCopy, receivedCopy) = CopyFor(number, registeredEvent.Profile.RegisteredAt, received.At);
            Require(number, registeredEvent, registeredCopy with { EventId = registeredEvent.EventId });
            Require(number, received, receivedCopy with { EventId = received.EventId });
        }
    }

    /// <summary>Appends the rows of the SMEs numbered <paramref name="numbers"/>, as registered at <paramref name="registeredAt"/>.</summary>
    public Task WriteAsync(IEnumerable<int> numbers, DateTimeOffset registeredAt, int writers) =>
        Parallel.ForEachAsync(numbers, new ParallelOptions { MaxDegreeOfParallelism = writers }, async (number, _) =>
        {
            var stream = SmeGrain.Stream(SmeSeeder.IdOf(number));
            var (registered, received) = CopyFor(number, registeredAt, registeredAt);
            await _writer.AppendAsync(new JournalAppend(stream, [_codec.Row(stream, 1, registered), _codec.Row(stream, 2, received)]));
        });

    /// <summary>The rows the SME grain stores for SME <paramref name="number"/>: its registration, then its history delivered at <paramref name="historyAt"/>.</summary>
    private (SmeRegistered Registered, SmeJourneyReceived Received) CopyFor(int number, DateTimeOffset registeredAt, DateTimeOffset historyAt)
    {
        var command = SmeSeeder.CommandOf(number, _partners);
        var id = SmeSeeder.IdOf(number);
        var profile = new SmeProfile(id, command.Name.Trim(), command.Country, CompanyIds.Normalise(command.Country, command.CompanyId),
            command.Region, command.Sector, command.StaffCount, command.Turnover, command.BalanceSheetTotal, command.LeadPartnerId, registeredAt);
        var enrolled = new JourneyEntry($"{id}/enrolled", JourneyEntryKind.Enrolled, registeredAt, ProgrammeTime.ToLocal(registeredAt, command.Region),
            command.LeadPartnerId, null, null, null, null, null);
        var state = new SmeJournalState();
        var registered = new SmeRegistered(Guid.NewGuid(), registeredAt, profile, enrolled, [],
            SmeConsequences.Of(id, profile, null, [enrolled], [command.LeadPartnerId], state.Lists, state.Credited, registeredAt, 0));
        state.Apply(registered);

        var history = SmeSeeder.HistoryOf(number, command.LeadPartnerId, _journeyEntries);
        var journey = state.Journey.Concat(history).OrderBy(e => e.OccurredAt).ToList();
        var received = new SmeJourneyReceived(Guid.NewGuid(), historyAt, SmeSeeder.HistorySource, history.Count, history, [],
            SmeConsequences.Of(id, profile, null, journey, state.ServingPartnerIds, state.Lists, state.Credited, historyAt, 0));
        return (registered, received);
    }

    private void Require(int number, ISmeEvent stored, ISmeEvent copy)
    {
        var storedJson = JsonSerializer.Serialize(stored, stored.GetType(), _json);
        var copyJson = JsonSerializer.Serialize(copy, copy.GetType(), _json);
        if (storedJson != copyJson)
        {
            throw new InvalidOperationException(
                $"P6: the copy of SME {SmeSeeder.IdOf(number)}'s {stored.GetType().Name} differs from what its grain stored.\nstored: {storedJson}\ncopy:   {copyJson}");
        }
    }
}
