using Ise.Effects;
using Ise.Grains.Tests.Support;
using Ise.Journal;
using Ise.PersonalData;
using Microsoft.Extensions.DependencyInjection;
using Orleans.TestingHost;

namespace Ise.Grains.Tests.PersonalData;

/// <summary>
/// A day of the personal-data audit on the journal: each recording is one row, each sealed page one more, the day reads
/// back the same after deactivation, and a day stored whole before the journal moves in with its entries and deliveries.
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed class PersonalDataAuditJournalTests(ClusterFixture fixture)
{
    private IGrainFactory Grains => fixture.Client;

    private IServiceProvider Silo => ((InProcessSiloHandle)fixture.Cluster.Silos[0]).ServiceProvider;

    [Fact]
    public async Task A_recording_is_one_row_a_sealed_page_one_more_and_the_day_reads_back_after_deactivation()
    {
        var key = "test-day-" + Guid.NewGuid().ToString("N");
        var day = Grains.GetGrain<IPersonalDataAuditGrain>(key);
        var entries = Enumerable.Range(0, 600).Select(Entry).ToList();

        foreach (var chunk in entries.Chunk(100))
        {
            await day.RecordAsync(chunk);
        }

        var delivery = new EffectBatch("test-sender", [new EffectEnvelope(1, new PersonalDataAuditEffect(Entry(600)))]);
        await day.ApplyEffectsAsync(delivery);
        await day.ApplyEffectsAsync(delivery);
        var before = await day.GetPageAsync(0, 500);

        var kinds = (await Silo.GetRequiredService<IJournalStore>().ReadStreamAsync(PersonalDataAuditGrain.Stream(key))).Tail.Select(r => r.Kind).ToList();
        Assert.Equal(7, kinds.Count(k => k == "ise.personal-data-audit.recorded"));
        Assert.Equal(2, kinds.Count(k => k == "ise.personal-data-audit.page-sealed"));
        await Grains.DeactivateAsync(day, "the day's audit");
        var after = await day.GetPageAsync(0, 500);
        Assert.Equal(601, after.Total);
        Assert.Equal(before.Entries.Select(e => e.ContactId), after.Entries.Select(e => e.ContactId));
        Assert.Equal("c600", (await day.GetPageAsync(600, 10)).Entries.Single().ContactId);
    }

    [Fact]
    public void A_day_stored_whole_moves_in_with_its_entries_and_deliveries()
    {
        var legacy = new LegacyPersonalDataAuditState { Newest = [Entry(0), Entry(1)], SealedPages = 3 };
        legacy.Inbox.AppliedThrough["journal:writer"] = 9;

        var (append, row, state) = LegacyMoves.Move<PersonalDataAuditJournalState, IPersonalDataAuditChange>(
            Silo, json => new PersonalDataAuditLegacyConverter(json), "2026-12-01", legacy, (s, e) => s.Apply(e));

        Assert.Equal((PersonalDataAuditGrain.Stream("2026-12-01"), "ise.personal-data-audit.carried-over"), (append.Stream, row.Kind));
        Assert.Empty(append.Effects);
        Assert.Equal((3L, 9L), (state.SealedPages, state.AppliedThrough["journal:writer"]));
        Assert.Equal(["c0", "c1"], state.Newest.Select(e => e.ContactId));
    }

    private static PersonalDataAuditEntry Entry(int number) =>
        new(DateTimeOffset.UnixEpoch.AddSeconds(number), "tester", PersonalDataAction.Read, "NL-12345678", $"c{number}", null);
}
