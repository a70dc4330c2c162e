using Ise.Grains.Tests.Journal;
using Ise.Journal;
using Ise.Programme;
using Ise.Smes;
using Microsoft.Extensions.DependencyInjection;
using static Ise.Grains.Tests.Support.Programme;

namespace Ise.Grains.Tests.Smes;

/// <summary>What an SME's activation reads from the journal, and in what order.</summary>
[Collection(ClusterCollection.Name)]
public sealed class SmeActivationTests(ClusterFixture fixture)
{
    private ControlledJournalStore Store => (ControlledJournalStore)fixture.Cluster.Silos[0].ServiceProvider.GetRequiredService<IJournalStore>();

    [Fact]
    public async Task An_activation_asks_for_what_other_streams_hold_about_the_sme_while_its_own_stream_is_read()
    {
        var kvk = NewKvk();
        var smeId = IseKeys.Sme(Country.NL, kvk);
        var sme = fixture.Client.GetGrain<ISmeGrain>(smeId);
        Store.HoldStreamRead(sme.GetGrainId().ToString());
        try
        {
            var registering = sme.RegisterAsync(DutchFirm(kvk));

            // Its own stream is still being read: the other read is under way already (one round trip, not two in a row).
            await Store.SubjectReadAsked(smeId).WaitAsync(TimeSpan.FromSeconds(10));
            Assert.False(registering.IsCompleted);
            Store.ReleaseStreamRead();
            Assert.True((await registering).Created);
        }
        finally
        {
            Store.ReleaseStreamRead();
        }
    }
}
