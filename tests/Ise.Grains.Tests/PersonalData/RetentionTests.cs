using Ise.PersonalData;
using Ise.Programme;
using Ise.Smes;
using static Ise.Grains.Tests.Support.Contacts;
using static Ise.Grains.Tests.Support.Programme;

namespace Ise.Grains.Tests.PersonalData;

public sealed class RetentionTests(RetentionClusterFixture fixture) : IClassFixture<RetentionClusterFixture>
{
    private static readonly TimeSpan s_retention = new PersonalDataOptions().ContactRetention;

    private IGrainFactory Grains => fixture.Cluster.Client;

    [Fact]
    public async Task Contacts_of_an_sme_without_engagement_for_the_retention_time_are_erased_and_the_audit_says_so()
    {
        fixture.Time.Offset = TimeSpan.Zero;
        var kvk = NewKvk();
        var id = IseKeys.Sme(Country.NL, kvk);
        var sme = Grains.GetGrain<ISmeGrain>(id);
        await sme.RegisterAsync(DutchFirm(kvk) with { Contacts = [Person("Anna de Vries", "anna@example.nl"), Person("Bram Peeters")] });
        var journey = await sme.GetJourneyAsync();

        await Tick(sme);
        Assert.Equal(2, (await sme.GetContactsAsync()).Count);

        fixture.Time.Offset = s_retention + TimeSpan.FromDays(1);
        await Tick(sme);

        Assert.Empty(await sme.GetContactsAsync());
        Assert.Equal(journey, await sme.GetJourneyAsync());
        Assert.Equal(0, (await sme.GetAsync()).ContactCount);
        var audit = await AuditOfAsync(Grains, fixture.Time.GetUtcNow(), id, a => a.Count(e => e.Action == PersonalDataAction.ErasedByRetention) == 2);
        Assert.All(audit.Where(e => e.Action == PersonalDataAction.ErasedByRetention), e =>
        {
            Assert.Equal("retention rule", e.Actor);
            Assert.StartsWith("no engagement since ", e.Detail, StringComparison.Ordinal);
        });
    }

    [Fact]
    public async Task Contacts_of_an_sme_engaged_within_the_retention_time_stay()
    {
        fixture.Time.Offset = TimeSpan.Zero;
        var kvk = NewKvk();
        var sme = Grains.GetGrain<ISmeGrain>(IseKeys.Sme(Country.NL, kvk));
        await sme.RegisterAsync(DutchFirm(kvk) with { Contacts = [Person("Anna de Vries")] });

        fixture.Time.Offset = s_retention - TimeSpan.FromDays(1);
        await Tick(sme);

        Assert.Single(await sme.GetContactsAsync());
    }

    /// <summary>What the silo's reminder service does when the retention reminder is due.</summary>
    private static Task Tick(ISmeGrain sme) =>
        sme.AsReference<IRemindable>().ReceiveReminder(Ise.Smes.SmeGrain.RetentionReminderName, default);
}
