using Ise.Errors;
using Ise.PersonalData;
using Ise.Programme;
using Ise.Smes;
using static Ise.Grains.Tests.Support.Contacts;
using static Ise.Grains.Tests.Support.Programme;

namespace Ise.Grains.Tests.PersonalData;

[Collection(ClusterCollection.Name)]
public sealed class PersonalDataTests(ClusterFixture fixture)
{
    private IGrainFactory Grains => fixture.Client;

    [Fact]
    public async Task Rectification_changes_the_details_keeps_the_id_and_consent_and_is_audited()
    {
        var (id, sme) = await SmeWithContactsAsync(Person("Anna de Vries", "anna@example.nl"));

        var rectified = await sme.RectifyContactAsync("c1", new ContactInput("Anna de Vries-Jansen", "anna@jansen.nl", null, null), "secretariat");

        Assert.Equal(("c1", "Anna de Vries-Jansen", "anna@jansen.nl"), (rectified.Id, rectified.Name, rectified.Email));
        Assert.Equal(Consent, rectified.Consent);
        Assert.Equal(rectified, Assert.Single(await sme.GetContactsAsync()));
        var audit = await AuditOfAsync(Grains, DateTimeOffset.UtcNow, id, a => a.Any(e => e.Action == PersonalDataAction.Rectified));
        var line = Assert.Single(audit, e => e.Action == PersonalDataAction.Rectified);
        Assert.Equal(("secretariat", "c1", "name, email"), (line.Actor, line.ContactId, line.Detail));
        Assert.Contains(audit, e => e is { Action: PersonalDataAction.Added, ContactId: "c1" });
    }

    [Fact]
    public async Task A_bad_rectification_is_refused_with_the_field_and_changes_nothing()
    {
        var (_, sme) = await SmeWithContactsAsync(Person("Anna de Vries", "anna@example.nl"));

        var error = await Assert.ThrowsAsync<IseException>(() => sme.RectifyContactAsync("c1", Person("Anna", "not-an-email"), "secretariat"));
        var missing = await Assert.ThrowsAsync<IseException>(() => sme.RectifyContactAsync("c9", Person("Anna"), "secretariat"));

        Assert.Equal((IseErrorCode.Validation, "email"), (error.Code, error.Field));
        Assert.Equal((IseErrorCode.NotFound, "contactId"), (missing.Code, missing.Field));
        Assert.Equal("anna@example.nl", Assert.Single(await sme.GetContactsAsync()).Email);
    }

    [Fact]
    public async Task Erasure_removes_the_contact_keeps_the_journey_and_never_reuses_the_id()
    {
        var (id, sme) = await SmeWithContactsAsync(Person("Anna de Vries", "anna@example.nl", "+31 6 1234 5678"), Person("Bram Peeters"));
        var journeyBefore = await sme.GetJourneyAsync();

        var first = await sme.EraseContactAsync("c1", "secretariat");
        var again = await sme.EraseContactAsync("c1", "secretariat");
        var added = await sme.AddContactAsync(Person("Carla Smit"), "secretariat");

        Assert.True(first);
        Assert.False(again);
        Assert.Equal(["c2", "c3"], (await sme.GetContactsAsync()).Select(c => c.Id));
        Assert.Equal("c3", added.Id);
        Assert.Equal(journeyBefore, await sme.GetJourneyAsync());
        Assert.Equal(2, (await sme.GetAsync()).ContactCount);
        var export = await Assert.ThrowsAsync<IseException>(() => sme.ExportContactAsync("c1"));
        Assert.Equal(IseErrorCode.NotFound, export.Code);
        Assert.Contains("erased", export.Message, StringComparison.Ordinal);
        var audit = await AuditOfAsync(Grains, DateTimeOffset.UtcNow, id, a => a.Any(e => e.Action == PersonalDataAction.Erased));
        Assert.Single(audit, e => e.Action == PersonalDataAction.Erased);
        Assert.DoesNotContain(audit, e => (e.Detail ?? "").Contains("Anna", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Subject_access_exports_the_contact_with_its_consent_and_sme()
    {
        var (id, sme) = await SmeWithContactsAsync(Person("Anna de Vries", "anna@example.nl", "+31 6 1234 5678"));

        var export = await sme.ExportContactAsync("c1");

        Assert.Equal((id, $"Test firm {id[3..]}"), (export.SmeId, export.SmeName));
        Assert.Equal(new Contact("c1", "Anna de Vries", "anna@example.nl", "+31 6 1234 5678", Consent), export.Contact);
    }

    [Fact]
    public async Task A_busy_day_of_audit_is_sealed_into_pages_and_read_back_in_order()
    {
        var day = Grains.GetGrain<IPersonalDataAuditGrain>("test-day-" + Guid.NewGuid().ToString("N"));
        var entries = Enumerable.Range(0, 600)
            .Select(i => new PersonalDataAuditEntry(DateTimeOffset.UtcNow, "tester", PersonalDataAction.Read, "NL-12345678", $"c{i}", null))
            .ToList();

        foreach (var chunk in entries.Chunk(70))
        {
            await day.RecordAsync(chunk);
        }

        var read = new List<PersonalDataAuditEntry>();
        for (var from = 0L; ;)
        {
            var page = await day.GetPageAsync(from, 100);
            Assert.Equal(600, page.Total);
            read.AddRange(page.Entries);
            from += page.Entries.Count;
            if (page.Entries.Count == 0 || from >= page.Total)
            {
                break;
            }
        }

        Assert.Equal(entries.Select(e => e.ContactId), read.Select(e => e.ContactId));
        Assert.Equal(entries.Skip(2 * IseKeys.AuditEntriesPerPage).Select(e => e.ContactId), (await day.GetPageAsync(512, 500)).Entries.Select(e => e.ContactId));
    }

    private async Task<(string Id, ISmeGrain Sme)> SmeWithContactsAsync(params ContactInput[] contacts)
    {
        var kvk = NewKvk();
        var id = IseKeys.Sme(Country.NL, kvk);
        var sme = Grains.GetGrain<ISmeGrain>(id);
        await sme.RegisterAsync(DutchFirm(kvk) with { Contacts = contacts });
        return (id, sme);
    }
}
