using Ise.Effects;
using Ise.Indicators;
using Ise.Programme;
using Ise.Smes;
using Ise.Testing;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Core.Internal;
using Ise.Journal;
using System.Text.Json;
using Microsoft.Extensions.Options;
using Orleans.Serialization;
using Orleans.TestingHost;
using static Ise.Grains.Tests.Support.Programme;

namespace Ise.Grains.Tests.Indicators;

/// <summary>
/// The SME indicator ledger: fed by the SME's outbox, it credits each engagement once however often
/// a delivery repeats, follows merges, and takes over once, without counting anything again, what an
/// SME written before the ledgers existed was credited for.
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed class SmeIndicatorLedgerTests(ClusterFixture fixture)
{
    private static readonly TimeSpan s_wait = TimeSpan.FromSeconds(20);
    private static readonly ReportingPeriod s_year = ReportingPeriod.Parse("2011", "period");

    private IGrainFactory Grains => fixture.Client;

    [Fact]
    public async Task Inputs_delivered_again_are_credited_once_and_the_latest_inputs_decide()
    {
        var profile = NewProfile();
        var ledger = Grains.GetGrain<ISmeIndicatorLedgerGrain>(profile.Id);
        var first = Attendance($"{profile.Id}-a#1", new DateTime(2011, 2, 10, 10, 0, 0));
        var second = Attendance($"{profile.Id}-b#1", new DateTime(2011, 3, 10, 10, 0, 0));
        var batch = new EffectBatch(profile.Id,
        [
            new EffectEnvelope(1, new IndicatorInputsEffect(profile, null, [first])),
            new EffectEnvelope(2, new IndicatorInputsEffect(profile, null, [first, second])),
        ]);

        await ledger.ApplyEffectsAsync(batch);
        await WaitForNetAsync(profile.Id, Indicator.Attendances, 2);
        await ledger.ApplyEffectsAsync(batch);
        var undo = Attendance($"{profile.Id}-b#2", new DateTime(2011, 3, 10, 11, 0, 0)) with { Kind = JourneyEntryKind.AttendanceUndone, Reference = second.Id };
        await ledger.ApplyEffectsAsync(new EffectBatch(profile.Id, [new EffectEnvelope(3, new IndicatorInputsEffect(profile, null, [first, second, undo]))]));

        await WaitForNetAsync(profile.Id, Indicator.Attendances, 1);
        Assert.Equal(1, await NetAsync(profile.Id, Indicator.EnterprisesSupported, IndicatorCells.Total));
    }

    [Fact]
    public async Task A_merged_provisional_sme_s_credits_move_to_the_sme_it_was_merged_into()
    {
        var target = await RegisterDutchSmeAsync(Grains);
        var provisionalId = IseKeys.NewProvisionalSme(Country.NL);
        var provisional = Grains.GetGrain<ISmeGrain>(provisionalId);
        await provisional.RegisterAsync(DutchFirm(NewKvk()) with { CompanyId = null });
        var attended = Attendance($"{provisionalId}-a#1", new DateTime(2011, 5, 4, 10, 0, 0));
        await provisional.ApplyEffectsAsync(new EffectBatch("ledger-test", [new EffectEnvelope(1, new JourneyEffect(attended))]));
        await WaitForNetAsync(provisionalId, Indicator.Attendances, 1);

        await provisional.MergeIntoAsync(target.SmeId, "ledger test");

        await WaitForNetAsync(provisionalId, Indicator.Attendances, 0);
        await WaitForNetAsync(target.SmeId, Indicator.Attendances, 1);
        Assert.Equal(0, await NetAsync(provisionalId, Indicator.EnterprisesSupported, IndicatorCells.Total));
        Assert.Equal(1, await NetAsync(target.SmeId, Indicator.EnterprisesSupported, IndicatorCells.Total));
    }

    [Fact]
    public async Task An_sme_written_before_the_ledgers_is_moved_into_the_journal_with_its_credits_and_nothing_is_counted_twice()
    {
        var profile = NewProfile();
        var sme = Grains.GetGrain<ISmeGrain>(profile.Id);
        var first = Attendance($"{profile.Id}-a#1", new DateTime(2011, 6, 10, 10, 0, 0));
        var second = Attendance($"{profile.Id}-b#1", new DateTime(2011, 7, 10, 10, 0, 0));
        var journey = new List<JourneyEntry> { first, second };

        // What the SME's own indicator outbox did: credited the first attendance (delivered), then the second (still pending,
        // with the last delivered entry whose removal was not yet written).
        var legacy = new SmeIndicatorState();
        var creditedFirst = IndicatorRules.CreditsOf(profile, null, [first]);
        var delivered = Record(legacy, profile, IndicatorLedger.Diff(legacy.Credited, creditedFirst));
        var creditedBoth = IndicatorRules.CreditsOf(profile, null, journey);
        Record(legacy, profile, IndicatorLedger.Diff(creditedFirst, creditedBoth));
        legacy.Credited = new Dictionary<string, IndicatorCredit>(creditedBoth, StringComparer.Ordinal);
        foreach (var group in delivered.GroupBy(e => e.TargetKey))
        {
            await Grains.GetGrain<IIndicatorBucketGrain>(group.Key).ApplyEffectsAsync(
                new EffectBatch($"{profile.Id}#{SmeIndicatorLedgerGrain.Channel}", [.. group.Select(e => new EffectEnvelope(e.Sequence, e.Effect))]));
        }

        var confirmed = delivered[..^1].Select(e => e.Sequence).ToHashSet();
        legacy.Outbox.Pending.RemoveAll(e => confirmed.Contains(e.Sequence));
        var legacySme = new LegacySmeState { Profile = profile, Journey = journey, ServingPartnerIds = [profile.LeadPartnerId] };
        legacySme.Outbox.NextSequence = 9;

        // The upgrade's moves, in their order, made twice (a run cut short is run again).
        for (var run = 0; run < 2; run++)
        {
            await new SmeIndicatorsLegacyMove(Json, Store, Writer).MoveAsync([(profile.Id, Serialized(legacy))], DateTimeOffset.UtcNow, CancellationToken.None);
            await new JournalAppendMove(new SmeLegacyConverter(Json), Writer).MoveAsync([(profile.Id, Serialized(legacySme))], DateTimeOffset.UtcNow, CancellationToken.None);
        }

        Assert.Equal(2, (await sme.GetAsync()).JourneyLength);
        await WaitForNetAsync(profile.Id, Indicator.Attendances, 2);
        Assert.Equal(1, await NetAsync(profile.Id, Indicator.EnterprisesSupported, IndicatorCells.Total));

        // The SME goes on from the credits the ledger had: a third attendance counts, nothing is counted twice.
        var third = Attendance($"{profile.Id}-c#1", new DateTime(2011, 8, 10, 10, 0, 0));
        await sme.ApplyEffectsAsync(new EffectBatch("ledger-test", [new EffectEnvelope(1, new JourneyEffect(third))]));

        await WaitForNetAsync(profile.Id, Indicator.Attendances, 3);
        Assert.Equal(1, await NetAsync(profile.Id, Indicator.EnterprisesSupported, IndicatorCells.Total));
        Assert.Equal(["ise.sme.carried-over", "ise.sme.journey-received"], [.. (await Store.ReadStreamAsync(SmeGrain.Stream(profile.Id))).Tail.Select(r => r.Kind)]);
    }

    /// <summary>A Dutch SME's profile with a fresh KvK number (the SME itself is not registered through its grain).</summary>
    private static SmeProfile NewProfile()
    {
        var kvk = NewKvk();
        return new(IseKeys.Sme(Country.NL, kvk), $"Ledger test {kvk}", Country.NL, kvk, Region.SouthWestNetherlands, Sector.Mechatronics, 12,
            new Money(2_000_000m, Currency.EUR), new Money(1_000_000m, Currency.EUR), "innovatiehuis", new DateTimeOffset(2011, 1, 3, 9, 0, 0, TimeSpan.Zero));
    }

    private static JourneyEntry Attendance(string id, DateTime local) =>
        new(id, JourneyEntryKind.Attended, new DateTimeOffset(local, TimeSpan.FromHours(1)), local, "aditec", ActivityKind.SectorWorkshop, "ev-ledger", null, null, null);

    /// <summary>What the SMEs' own indicator outbox recorded for a change, as it was before the ledgers.</summary>
    private static List<OutboxEntry> Record(SmeIndicatorState state, SmeProfile profile, IReadOnlyList<IndicatorChange> changes) =>
        [.. IndicatorLedger.Route(profile.Id, profile.Name, new DateOnly(2011, 12, 1), changes)
            .Select(routed => state.Outbox.Add(EffectTarget.IndicatorBucket, routed.BucketKey, routed.Effect))];

    private IServiceProvider Silo => ((InProcessSiloHandle)fixture.Cluster.Silos[0]).ServiceProvider;

    private IOptions<SystemTextJsonGrainStorageSerializerOptions> Json => Silo.GetRequiredService<IOptions<SystemTextJsonGrainStorageSerializerOptions>>();

    private IJournalStore Store => Silo.GetRequiredService<IJournalStore>();

    private JournalWriter Writer => Silo.GetRequiredService<JournalWriter>();

    private byte[] Serialized<TState>(TState state) => JsonSerializer.SerializeToUtf8Bytes(state, Json.Value.JsonSerializerOptions);

    private async Task<int> NetAsync(string smeId, Indicator indicator, string? cell = null)
    {
        var rows = await new IndicatorReader(Grains).AllEvidenceAsync(s_year, e => e.SubjectId == smeId && e.Indicator == indicator && (cell is null || e.Cells.Contains(cell)))
            .ToListAsync();
        return rows.Sum(e => e.Delta);
    }

    private Task WaitForNetAsync(string smeId, Indicator indicator, int net) =>
        Eventually.TrueAsync(async () => await NetAsync(smeId, indicator) == net, s_wait, $"{indicator} of {smeId} nets {net}");
}
