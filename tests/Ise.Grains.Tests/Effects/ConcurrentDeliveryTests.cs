using Ise.Effects;
using Ise.Indexes;
using Ise.Indicators;
using Ise.Programme;
using Orleans.Core.Internal;

namespace Ise.Grains.Tests.Effects;

/// <summary>
/// Index and counter buckets take many senders' deliveries at once: every delivery is applied once,
/// confirmed only when stored, and still there after the bucket is reactivated from storage.
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed class ConcurrentDeliveryTests(ClusterFixture fixture)
{
    private const int Senders = 300;

    private IGrainFactory Grains => fixture.Client;

    [Fact]
    public async Task An_index_bucket_keeps_every_member_of_concurrent_and_repeated_deliveries_across_reactivation()
    {
        var bucket = Grains.GetGrain<IIndexGrain>(IseKeys.IndexBucket(IndexName.SmesBySector, "group-commit-" + Guid.NewGuid().ToString("N"), 0));
        var members = Enumerable.Range(0, Senders).Select(n => $"member-{n:000}").ToList();
        EffectBatch Joining(string member) => new(member, [new EffectEnvelope(1, new IndexMembershipEffect(member, Present: true))]);

        await Task.WhenAll(members.Select(m => bucket.ApplyEffectsAsync(Joining(m))));
        await Task.WhenAll(members.Select(m => bucket.ApplyEffectsAsync(Joining(m))));
        var leaving = members.Where((_, n) => n % 3 == 0).ToList();
        await Task.WhenAll(leaving.Select(m => bucket.ApplyEffectsAsync(
            new EffectBatch(m, [new EffectEnvelope(2, new IndexMembershipEffect(m, Present: false))]))));
        await bucket.Cast<IGrainManagementExtension>().DeactivateOnIdle();

        var page = await bucket.GetPageAsync(null, 1000);
        Assert.Equal(members.Except(leaving), page.Members);
        Assert.Equal(Senders - leaving.Count, await bucket.CountAsync());
    }

    [Fact]
    public async Task A_counter_bucket_counts_each_of_many_concurrent_senders_once_and_keeps_every_evidence_row_across_reactivation()
    {
        var period = ReportingPeriod.Parse("2011-03", "period");
        var bucket = Grains.GetGrain<IIndicatorBucketGrain>(IseKeys.IndicatorBucket(period.Key, 5));
        var date = new DateOnly(2011, 3, 14);
        EffectBatch Credits(int sender) => new($"sender-{sender:000}#indicators",
        [
            new EffectEnvelope(1, new IndicatorCreditsEffect($"sme-{sender:000}", $"Firm {sender}", date, Adjustment: false,
            [
                new IndicatorChange(new IndicatorCredit(Indicator.Attendances, $"attended/{sender}", date, [IndicatorCells.Total], "aditec",
                    ActivityKind.SectorWorkshop, "ev-group-commit", "test"), 1),
            ])),
        ]);

        await Task.WhenAll(Enumerable.Range(0, Senders).Select(s => bucket.ApplyEffectsAsync(Credits(s))));
        await Task.WhenAll(Enumerable.Range(0, Senders).Select(s => bucket.ApplyEffectsAsync(Credits(s))));
        await bucket.Cast<IGrainManagementExtension>().DeactivateOnIdle();

        var view = await bucket.GetAsync();
        Assert.Equal(Senders, view.Counts[IndicatorCells.CounterKey(Indicator.Attendances, IndicatorCells.Total)]);
        Assert.Equal(Senders, view.EvidenceCount);
        var evidence = await bucket.GetEvidenceAsync(0, 1000);
        Assert.Equal(Enumerable.Range(0, Senders).Select(s => $"sme-{s:000}"), evidence.Select(e => e.SubjectId).Order(StringComparer.Ordinal));
    }
}
