using Ise.Effects;
using Ise.Indicators;
using Ise.Journal;
using Ise.Programme;
using Ise.Smes;
using Ise.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Orleans.Serialization;
using Orleans.TestingHost;
using static Ise.Grains.Tests.Support.Programme;

namespace Ise.Grains.Tests.Indicators;

/// <summary>
/// The SME indicator ledger on the journal: a change of credits is one row of its stream, inputs that
/// change nothing store nothing, the counter buckets hear of credits from the silo's writer (their
/// delivery ledger does not grow with the SMEs), and a ledger stored whole before the journal is moved
/// in with its undelivered changes under the sender id the buckets knew them by.
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed class IndicatorLedgerJournalTests(ClusterFixture fixture)
{
    private static readonly TimeSpan s_wait = TimeSpan.FromSeconds(20);
    private static readonly ReportingPeriod s_year = ReportingPeriod.Parse("2012", "period");

    private IGrainFactory Grains => fixture.Client;

    private IServiceProvider Silo => ((InProcessSiloHandle)fixture.Cluster.Silos[0]).ServiceProvider;

    [Fact]
    public async Task A_change_of_credits_is_one_row_and_inputs_that_change_nothing_store_nothing()
    {
        var profile = NewProfile();
        var ledger = Grains.GetGrain<ISmeIndicatorLedgerGrain>(profile.Id);
        var first = Attendance(profile.Id, "a", new DateTime(2012, 2, 10, 10, 0, 0));

        await ledger.ApplyEffectsAsync(Inputs(profile.Id, 1, profile, []));
        Assert.Equal(0, (await StreamAsync(profile.Id)).Version);

        await ledger.ApplyEffectsAsync(Inputs(profile.Id, 2, profile, [first]));
        await ledger.ApplyEffectsAsync(Inputs(profile.Id, 3, profile, [first]));
        await ledger.ApplyEffectsAsync(Inputs(profile.Id, 2, profile, []));

        var stream = await StreamAsync(profile.Id);
        var row = Assert.Single(stream.Tail);
        Assert.Equal(("ise.indicator-ledger.credits-changed", 1L), (row.Kind, stream.Version));
        await WaitForNetAsync(profile.Id, Indicator.Attendances, 1);
        Assert.Equal(1, await NetAsync(profile.Id, Indicator.EnterprisesSupported));
    }

    [Fact]
    public async Task Counter_buckets_know_the_credits_of_many_smes_by_the_silo_s_writer_alone()
    {
        var profiles = Enumerable.Range(0, 6).Select(_ => NewProfile()).ToList();
        await Task.WhenAll(profiles.Select(p => Grains.GetGrain<ISmeIndicatorLedgerGrain>(p.Id)
            .ApplyEffectsAsync(Inputs(p.Id, 1, p, [Attendance(p.Id, "a", new DateTime(2012, 4, 10, 10, 0, 0))]))));
        foreach (var profile in profiles)
        {
            await WaitForNetAsync(profile.Id, Indicator.Attendances, 1);
        }

        var senders = new HashSet<string>(StringComparer.Ordinal);
        var codec = new JournalCodec<IndicatorBucketJournalState, IIndicatorBucketChange>(
            Silo.GetRequiredService<IOptions<SystemTextJsonGrainStorageSerializerOptions>>().Value.JsonSerializerOptions);
        foreach (var bucket in profiles.Select(p => IseKeys.IndicatorBucketOf(s_year.Key, p.Id)).Distinct(StringComparer.Ordinal))
        {
            var stream = await Silo.GetRequiredService<IJournalStore>().ReadStreamAsync(IndicatorBucketGrain.Stream(bucket));
            var stored = stream.Snapshot is { } snapshot ? codec.State(snapshot) : new IndicatorBucketJournalState();
            foreach (var row in stream.Tail)
            {
                stored.Apply(codec.Event(row));
            }

            senders.UnionWith(stored.AppliedThrough.Keys);
        }

        Assert.NotEmpty(senders);
        Assert.All(senders, s => Assert.True(JournalSource.Is(s), $"{s} is a sender of its own at a counter bucket"));
        Assert.DoesNotContain(profiles, p => senders.Any(s => s.Contains(p.Id, StringComparison.Ordinal)));
    }

    [Fact]
    public void A_ledger_stored_whole_is_moved_in_with_its_credits_deliveries_and_undelivered_changes()
    {
        var profile = NewProfile();
        var legacy = new SmeIndicatorState();
        var credited = IndicatorRules.CreditsOf(profile, null, [Attendance(profile.Id, "a", new DateTime(2012, 5, 10, 10, 0, 0))]);
        foreach (var (bucket, effect) in IndicatorLedger.Route(profile.Id, profile.Name, new DateOnly(2012, 5, 10), IndicatorLedger.Diff(legacy.Credited, credited)))
        {
            legacy.Outbox.Add(EffectTarget.IndicatorBucket, bucket, effect);
        }

        legacy.Credited = new(credited, StringComparer.Ordinal);
        legacy.Inbox.AppliedThrough[profile.Id] = 7;
        var json = Silo.GetRequiredService<IOptions<SystemTextJsonGrainStorageSerializerOptions>>();
        var stored = System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(legacy, json.Value.JsonSerializerOptions);
        var converter = new SmeIndicatorLedgerLegacyConverter(json);

        var append = converter.Convert(profile.Id, stored, DateTimeOffset.UnixEpoch);
        var again = converter.Convert(profile.Id, stored, DateTimeOffset.UnixEpoch);

        var row = Assert.Single(append.Rows);
        Assert.Equal((SmeIndicatorLedgerGrain.Stream(profile.Id), 1L, "ise.indicator-ledger.carried-over"), (append.Stream, row.Version, row.Kind));
        Assert.Equal(row.EventId, Assert.Single(again.Rows).EventId);
        Assert.Equal(legacy.Outbox.Pending.Count, append.Effects.Count);
        Assert.All(append.Effects, e => Assert.Equal(SmeIndicatorLedgerGrain.LegacySource(profile.Id), e.Origin?.Source));
        Assert.Equal(legacy.Outbox.Pending.Select(p => p.Sequence), append.Effects.Select(e => e.Origin!.Sequence));

        var state = new IndicatorLedgerState();
        state.Apply(new JournalCodec<IndicatorLedgerState, IIndicatorLedgerEvent>(json.Value.JsonSerializerOptions).Event(row));
        Assert.Equal(credited.Keys.Order(StringComparer.Ordinal), state.Credited.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(7, state.AppliedThrough[profile.Id]);
    }

    private async Task<JournalStream> StreamAsync(string smeId) =>
        await Silo.GetRequiredService<IJournalStore>().ReadStreamAsync(SmeIndicatorLedgerGrain.Stream(smeId));

    private static EffectBatch Inputs(string smeId, long sequence, SmeProfile profile, IReadOnlyList<JourneyEntry> journey) =>
        new(smeId, [new EffectEnvelope(sequence, new IndicatorInputsEffect(profile, null, journey))]);

    private static SmeProfile NewProfile()
    {
        var kvk = NewKvk();
        return new(IseKeys.Sme(Country.NL, kvk), $"Ledger journal test {kvk}", Country.NL, kvk, Region.SouthWestNetherlands, Sector.Mechatronics, 12,
            new Money(2_000_000m, Currency.EUR), new Money(1_000_000m, Currency.EUR), "innovatiehuis", new DateTimeOffset(2012, 1, 3, 9, 0, 0, TimeSpan.Zero));
    }

    private static JourneyEntry Attendance(string smeId, string @event, DateTime local) =>
        new($"{smeId}-{@event}#1", JourneyEntryKind.Attended, new DateTimeOffset(local, TimeSpan.FromHours(1)), local, "aditec",
            ActivityKind.SectorWorkshop, $"ev-ledger-journal-{@event}", null, null, null);

    private async Task<int> NetAsync(string smeId, Indicator indicator)
    {
        var rows = await new IndicatorReader(Grains).AllEvidenceAsync(s_year, e => e.SubjectId == smeId && e.Indicator == indicator && e.Cells.Contains(IndicatorCells.Total))
            .ToListAsync();
        return rows.Sum(e => e.Delta);
    }

    private Task WaitForNetAsync(string smeId, Indicator indicator, int net) =>
        Eventually.TrueAsync(async () => await NetAsync(smeId, indicator) == net, s_wait, $"{indicator} of {smeId} nets {net}");
}
