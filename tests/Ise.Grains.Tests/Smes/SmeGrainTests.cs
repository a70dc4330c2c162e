using Ise.Errors;
using Ise.Events;
using Ise.Grains.Tests.Support;
using Ise.Indexes;
using Ise.Journal;
using Ise.Programme;
using Ise.Smes;
using Ise.Testing;
using Microsoft.Extensions.DependencyInjection;
using Orleans.TestingHost;
using static Ise.Grains.Tests.Support.Programme;

namespace Ise.Grains.Tests.Smes;

[Collection(ClusterCollection.Name)]
public sealed class SmeGrainTests(ClusterFixture fixture)
{
    private IGrainFactory Grains => fixture.Client;

    [Fact]
    public async Task The_same_firm_registered_by_two_partners_is_one_sme()
    {
        var kvk = NewKvk();
        var sme = Grains.GetGrain<ISmeGrain>(IseKeys.Sme(Country.NL, kvk));

        var first = await sme.RegisterAsync(DutchFirm(kvk, "innovatiehuis"));
        var second = await sme.RegisterAsync(DutchFirm(kvk, "kent-county-council"));

        Assert.True(first.Created);
        Assert.False(second.Created);
        Assert.Equal("innovatiehuis", second.LeadPartnerId);
        Assert.Equal("innovatiehuis", (await sme.GetAsync()).Profile.LeadPartnerId);
    }

    [Fact]
    public async Task An_ineligible_firm_is_refused_with_the_reason_and_nothing_is_stored()
    {
        var kvk = NewKvk();
        var sme = Grains.GetGrain<ISmeGrain>(IseKeys.Sme(Country.NL, kvk));

        var error = await Assert.ThrowsAsync<IseException>(() => sme.RegisterAsync(DutchFirm(kvk, staff: 250)));

        Assert.Equal(IseErrorCode.Validation, error.Code);
        Assert.Equal("eligibility", error.Field);
        Assert.Contains("250", error.Message, StringComparison.Ordinal);
        Assert.False(await sme.ExistsAsync());
        Assert.Equal(IseErrorCode.NotFound, (await Assert.ThrowsAsync<IseException>(() => sme.GetAsync())).Code);
    }

    [Fact]
    public async Task A_company_id_that_does_not_identify_this_sme_is_refused()
    {
        var sme = Grains.GetGrain<ISmeGrain>(IseKeys.Sme(Country.NL, NewKvk()));

        var error = await Assert.ThrowsAsync<IseException>(() => sme.RegisterAsync(DutchFirm(NewKvk())));

        Assert.Equal("companyId", error.Field);
        Assert.False(await sme.ExistsAsync());
    }

    [Fact]
    public async Task Contacts_are_kept_only_with_recorded_consent()
    {
        var kvk = NewKvk();
        var sme = Grains.GetGrain<ISmeGrain>(IseKeys.Sme(Country.NL, kvk));
        var withoutConsent = DutchFirm(kvk) with { Contacts = [new ContactInput("Anna de Vries", "anna@example.nl", null, null)] };

        var error = await Assert.ThrowsAsync<IseException>(() => sme.RegisterAsync(withoutConsent));
        Assert.Equal("contacts[0].consent", error.Field);

        var consent = new ConsentRecord("2026-01", new DateOnly(2026, 2, 1), Language.Dutch);
        await sme.RegisterAsync(withoutConsent with { Contacts = [new ContactInput("Anna de Vries", "anna@example.nl", null, consent)] });
        var contact = Assert.Single(await sme.GetContactsAsync());
        Assert.Equal(("c1", "anna@example.nl"), (contact.Id, contact.Email));
        Assert.Equal(1, (await sme.GetAsync()).ContactCount);
    }

    [Fact]
    public async Task A_registered_sme_is_listed_in_its_region_sector_partner_and_stage()
    {
        var attendee = await RegisterDutchSmeAsync(Grains);
        var bucket = StableHash.Bucket(attendee.SmeId, IseKeys.IndexBucketCount);

        foreach (var (index, value) in new[]
        {
            (IndexName.SmesByRegion, "south-west-netherlands"), (IndexName.SmesBySector, "mechatronics"),
            (IndexName.SmesByPartner, "innovatiehuis"), (IndexName.SmesByStage, "aware"),
        })
        {
            var grain = Grains.GetGrain<IIndexGrain>(IseKeys.IndexBucket(index, value, bucket));
            await Eventually.TrueAsync(async () => (await grain.GetPageAsync(null, 1000)).Members.Contains(attendee.SmeId),
                TimeSpan.FromSeconds(10), $"the SME is listed in {index}/{value}");
        }
    }

    [Fact]
    public async Task Journey_entries_that_change_nothing_the_sme_stores_add_no_row_and_come_back_from_the_journal()
    {
        var attendee = await RegisterDutchSmeAsync(Grains);
        var sme = Grains.GetGrain<ISmeGrain>(attendee.SmeId);
        await CheckInAsync(attendee);
        var afterAttending = await StoredKindsAsync(attendee.SmeId);

        // Registering for two more events: entries of the journey, but no new stage, list or credit.
        for (var i = 0; i < 2; i++)
        {
            await (await CreateEventAsync(Grains, 10, EventStatus.Open)).RegisterAsync(attendee, null);
        }

        await Eventually.TrueAsync(async () => (await sme.GetJourneyAsync()).Count(e => e.Kind == JourneyEntryKind.RegisteredForEvent) == 3,
            TimeSpan.FromSeconds(10), "the registrations reached the journey");
        var afterRegistering = await StoredKindsAsync(attendee.SmeId);

        await Grains.DeactivateAsync(sme, "the SME");
        var reactivated = await sme.GetJourneyAsync();

        // Registering for the first event listed the SME under its host, attending made it engaged and earned credits: rows that
        // recount its lists and credits. The further registrations stored nothing, nor did reading them back.
        Assert.Equal(["ise.sme.registered", "ise.sme.recounted", "ise.sme.recounted"], afterAttending);
        Assert.Equal(afterAttending, afterRegistering);
        Assert.Equal(afterAttending, await StoredKindsAsync(attendee.SmeId));
        Assert.Equal(3, reactivated.Count(e => e.Kind == JourneyEntryKind.RegisteredForEvent));
        Assert.Single(reactivated, e => e.Kind == JourneyEntryKind.Attended);
        Assert.Equal(reactivated.Count, reactivated.Select(e => e.Id).Distinct().Count());
        Assert.Equal(SmeStage.Engaged, (await sme.GetAsync()).Stage.Stage);
    }

    private async Task CheckInAsync(Attendee attendee)
    {
        var @event = await CreateEventAsync(Grains, 10, EventStatus.Live);
        var code = (await @event.RegisterAsync(attendee, null)).Registration.Code;
        await BucketOf(Grains, code).CheckInAsync(code);
        var sme = Grains.GetGrain<ISmeGrain>(attendee.SmeId);
        await Eventually.TrueAsync(async () => (await sme.GetJourneyAsync()).Any(e => e.Kind == JourneyEntryKind.Attended),
            TimeSpan.FromSeconds(10), "the check-in reached the journey");
    }

    /// <summary>The kinds of the rows in the SME's own journal stream, in order.</summary>
    private async Task<List<string>> StoredKindsAsync(string smeId)
    {
        var store = ((InProcessSiloHandle)fixture.Cluster.Silos[0]).ServiceProvider.GetRequiredService<IJournalStore>();
        var stream = await store.ReadStreamAsync(SmeGrain.Stream(smeId));
        return [.. stream.Tail.Select(r => r.Kind)];
    }

    [Fact]
    public async Task A_provisional_sme_merged_into_the_real_one_moves_its_journey_and_lists()
    {
        var provisionalId = IseKeys.NewProvisionalSme(Country.NL);
        var provisional = Grains.GetGrain<ISmeGrain>(provisionalId);
        await provisional.RegisterAsync(DutchFirm(NewKvk()) with { CompanyId = null, Name = "Walk-in without id" });
        var @event = await CreateEventAsync(Grains, 10, EventStatus.Live, kind: ActivityKind.CrossBorderEvent);
        await @event.WalkInAsync(new Attendee(provisionalId, Country.NL, Region.SouthWestNetherlands, Sector.Mechatronics, null));
        await Eventually.TrueAsync(async () => (await provisional.GetJourneyAsync()).Any(e => e.Kind == JourneyEntryKind.WalkIn),
            TimeSpan.FromSeconds(10), "the walk-in reached the provisional journey");
        var real = await RegisterDutchSmeAsync(Grains);

        var merged = await provisional.MergeIntoAsync(real.SmeId, "test secretariat");

        Assert.Equal(real.SmeId, merged.MergedInto);
        var target = Grains.GetGrain<ISmeGrain>(real.SmeId);
        await Eventually.TrueAsync(async () => (await target.GetJourneyAsync()).Any(e => e.Kind == JourneyEntryKind.MergedFrom),
            TimeSpan.FromSeconds(10), "the journey moved to the real SME");
        var journey = await target.GetJourneyAsync();
        Assert.Single(journey, e => e.Kind == JourneyEntryKind.WalkIn && e.Activity == ActivityKind.CrossBorderEvent);
        Assert.Equal(SmeStage.Internationalising, (await target.GetAsync()).Stage.Stage);
        Assert.Contains("voka-east-flanders", (await target.GetAsync()).ServingPartnerIds);

        var stageBucket = StableHash.Bucket(provisionalId, IseKeys.IndexBucketCount);
        var engaged = Grains.GetGrain<IIndexGrain>(IseKeys.IndexBucket(IndexName.SmesByStage, "internationalising", stageBucket));
        await Eventually.TrueAsync(async () => !(await engaged.GetPageAsync(null, 1000)).Members.Contains(provisionalId),
            TimeSpan.FromSeconds(10), "the provisional SME left the lists");
    }

    [Fact]
    public async Task Only_provisional_smes_are_merged()
    {
        var real = await RegisterDutchSmeAsync(Grains);
        var other = await RegisterDutchSmeAsync(Grains);

        var error = await Assert.ThrowsAsync<IseException>(() => Grains.GetGrain<ISmeGrain>(real.SmeId).MergeIntoAsync(other.SmeId, "test"));

        Assert.Equal(IseErrorCode.Conflict, error.Code);
    }
}
