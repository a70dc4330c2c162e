using System.Text.Json;
using Ise.Connections;
using Ise.Effects;
using Ise.Events;
using Ise.Grains.Tests.Support;
using Ise.Journal;
using Ise.Programme;
using Ise.Smes;
using Ise.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Orleans.Serialization;
using Orleans.TestingHost;
using static Ise.Grains.Tests.Support.Programme;

namespace Ise.Grains.Tests.Connections;

/// <summary>
/// Connections on the journal: a meeting is one row per SME with that SME as the row's subject, so each
/// journey reads its entry back after the SME was away and the connection is counted once; a connection
/// stored whole before the journal is moved in with its undelivered effects under its own id as sender.
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed class ConnectionJournalTests(ClusterFixture fixture)
{
    private IGrainFactory Grains => fixture.Client;

    private IServiceProvider Silo => ((InProcessSiloHandle)fixture.Cluster.Silos[0]).ServiceProvider;

    private IJournalStore Store => Silo.GetRequiredService<IJournalStore>();

    [Fact]
    public async Task A_meeting_is_a_row_per_sme_that_its_journey_reads_back_and_the_event_counts_once()
    {
        var @event = await CreateEventAsync(Grains, 10, EventStatus.Live, kind: ActivityKind.CrossBorderEvent);
        var view = await @event.GetAsync();
        var requester = await RegisterDutchSmeAsync(Grains);
        var counterpart = await RegisterDutchSmeAsync(Grains);
        var id = ConnectionIds.New();
        var connection = Grains.GetGrain<IConnectionGrain>(id);
        await connection.RecordAsync(new RecordConnection(view.Id, "innovatiehuis", Region.SouthWestNetherlands, requester, counterpart));

        await connection.MarkMetAsync();
        await connection.MarkMetAsync();

        var rows = (await Store.ReadStreamAsync(ConnectionGrain.Stream(id))).Tail;
        Assert.Equal(
            [("ise.connection.requested", null), ("ise.connection.met", requester.SmeId), ("ise.connection.met", counterpart.SmeId)],
            rows.Select(r => (r.Kind, r.Subject)).ToArray());
        foreach (var sme in new[] { requester.SmeId, counterpart.SmeId })
        {
            var grain = Grains.GetGrain<ISmeGrain>(sme);
            await Eventually.TrueAsync(async () => (await grain.GetJourneyAsync()).Any(e => e.Kind == JourneyEntryKind.Connection),
                TimeSpan.FromSeconds(10), $"the meeting reached {sme}'s journey");
            await Grains.DeactivateAsync(grain, sme);
            Assert.Single(await grain.GetJourneyAsync(), e => e.Kind == JourneyEntryKind.Connection);
        }

        await Eventually.TrueAsync(async () => (await Grains.GetGrain<IEventStatisticsGrain>(view.Id).GetAsync()).Connections.Made == 1,
            TimeSpan.FromSeconds(10), "the event counted the connection");
        Assert.Equal(1, (await Grains.GetGrain<IEventStatisticsGrain>(view.Id).GetAsync()).Connections.Made);
    }

    [Fact]
    public void A_connection_stored_whole_moves_in_with_its_undelivered_effects_under_its_own_id()
    {
        var id = ConnectionIds.New();
        var request = new RecordConnection("ev-moved", "innovatiehuis", Region.SouthWestNetherlands,
            new Attendee(IseKeys.Sme(Country.NL, NewKvk()), Country.NL, Region.SouthWestNetherlands, Sector.Mechatronics, null),
            new Attendee(IseKeys.Sme(Country.NL, NewKvk()), Country.NL, Region.SouthWestNetherlands, Sector.Mechatronics, null));
        var legacy = new LegacyConnectionState { View = new ConnectionView(id, request, ConnectionStatus.Met, DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch, null, null) };
        legacy.Outbox.Add(EffectTarget.Sme, request.Requester.SmeId, new ConnectionMadeEffect(id, Country.NL, Country.NL));
        legacy.Outbox.Add(EffectTarget.EventStatistics, request.EventId, new ConnectionMadeEffect(id, Country.NL, Country.NL));
        legacy.Outbox.Pending.RemoveAt(0);
        var json = Silo.GetRequiredService<IOptions<SystemTextJsonGrainStorageSerializerOptions>>();
        var converter = new ConnectionLegacyConverter(json);

        var append = converter.Convert(id, JsonSerializer.SerializeToUtf8Bytes(legacy, json.Value.JsonSerializerOptions), DateTimeOffset.UnixEpoch);

        var row = Assert.Single(append.Rows);
        Assert.Equal((ConnectionGrain.Stream(id), "ise.connection.carried-over"), (append.Stream, row.Kind));
        var effect = Assert.Single(append.Effects);
        Assert.Equal((EffectTarget.EventStatistics, id, 2L), (effect.Target, effect.Origin?.Source, effect.Origin?.Sequence));
        var state = new ConnectionJournalState();
        state.Apply(new JournalCodec<ConnectionJournalState, IConnectionEvent>(json.Value.JsonSerializerOptions).Event(row));
        Assert.Equal(legacy.View, state.View);
    }
}
