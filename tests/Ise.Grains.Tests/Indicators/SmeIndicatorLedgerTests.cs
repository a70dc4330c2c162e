using Ise.Effects;
using Ise.Indicators;
using Ise.Programme;
using Ise.Smes;
using Ise.Testing;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Core.Internal;
using Orleans.Storage;
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
    public async Task An_sme_written_before_the_ledgers_hands_its_credits_over_once_and_nothing_is_counted_twice()
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

        legacy.Outbox.Remove(delivered[..^1]);
        await WriteStoredAsync(sme, "sme", new SmeState { Profile = profile, Journey = journey, ServingPartnerIds = [profile.LeadPartnerId] });
        await WriteStoredAsync(sme, "sme-indicators", legacy);

        Assert.Equal(2, (await sme.GetAsync()).JourneyLength);
        await WaitForNetAsync(profile.Id, Indicator.Attendances, 2);
        Assert.Equal(1, await NetAsync(profile.Id, Indicator.EnterprisesSupported, IndicatorCells.Total));
        Assert.Empty((await ReadStoredAsync<SmeIndicatorState>(sme, "sme-indicators")).Credited);

        // The SME stopped before it cleared its own copy: the next activation hands it over again, and the ledger keeps its own.
        await WriteStoredAsync(sme, "sme-indicators", legacy);
        await sme.Cast<IGrainManagementExtension>().DeactivateOnIdle();
        Assert.Equal(2, (await sme.GetAsync()).JourneyLength);
        var third = Attendance($"{profile.Id}-c#1", new DateTime(2011, 8, 10, 10, 0, 0));
        await sme.ApplyEffectsAsync(new EffectBatch("ledger-test", [new EffectEnvelope(1, new JourneyEffect(third))]));

        await WaitForNetAsync(profile.Id, Indicator.Attendances, 3);
        Assert.Equal(1, await NetAsync(profile.Id, Indicator.EnterprisesSupported, IndicatorCells.Total));
        Assert.Empty((await ReadStoredAsync<SmeIndicatorState>(sme, "sme-indicators")).Credited);

        // A hand-over arriving after the ledger sent credits of its own: adopted, it would rewind the outbox and count the third again.
        var fourth = Attendance($"{profile.Id}-d#1", new DateTime(2011, 9, 10, 10, 0, 0));
        await Grains.GetGrain<ISmeIndicatorLedgerGrain>(profile.Id).ApplyEffectsAsync(new EffectBatch(profile.Id,
        [
            new EffectEnvelope(1000, new IndicatorLedgerAdoptionEffect([.. legacy.Credited.Values], legacy.Outbox.NextSequence, [.. legacy.Outbox.Pending])),
            new EffectEnvelope(1001, new IndicatorInputsEffect(profile, null, [first, second, third, fourth])),
        ]));
        await WaitForNetAsync(profile.Id, Indicator.Attendances, 4);
        Assert.Equal(1, await NetAsync(profile.Id, Indicator.EnterprisesSupported, IndicatorCells.Total));
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

    private IGrainStorage Storage =>
        ((InProcessSiloHandle)fixture.Cluster.Silos[0]).ServiceProvider.GetRequiredKeyedService<IGrainStorage>(IseKeys.StorageName);

    private async Task WriteStoredAsync<TState>(ISmeGrain sme, string stateName, TState value)
    {
        var stored = new GrainState<TState>();
        await Storage.ReadStateAsync(stateName, sme.GetGrainId(), stored);
        stored.State = value;
        await Storage.WriteStateAsync(stateName, sme.GetGrainId(), stored);
    }

    private async Task<TState> ReadStoredAsync<TState>(ISmeGrain sme, string stateName)
        where TState : new()
    {
        var stored = new GrainState<TState>();
        await Storage.ReadStateAsync(stateName, sme.GetGrainId(), stored);
        return stored.State ?? new TState();
    }

    private async Task<int> NetAsync(string smeId, Indicator indicator, string? cell = null)
    {
        var rows = await new IndicatorReader(Grains).AllEvidenceAsync(s_year, e => e.SubjectId == smeId && e.Indicator == indicator && (cell is null || e.Cells.Contains(cell)))
            .ToListAsync();
        return rows.Sum(e => e.Delta);
    }

    private Task WaitForNetAsync(string smeId, Indicator indicator, int net) =>
        Eventually.TrueAsync(async () => await NetAsync(smeId, indicator) == net, s_wait, $"{indicator} of {smeId} nets {net}");
}
