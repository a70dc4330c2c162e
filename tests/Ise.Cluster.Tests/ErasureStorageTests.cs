using Ise.PersonalData;
using Ise.Programme;
using Ise.Smes;
using Ise.Testing;

namespace Ise.Cluster.Tests;

/// <summary>Erasure and rectification reach PostgreSQL: the stored rows no longer hold the old values.</summary>
public sealed class ErasureStorageTests(ClusterSiloFixture fixture) : IClassFixture<ClusterSiloFixture>
{
    private static readonly ConsentRecord s_consent = new("2026-01", new DateOnly(2026, 2, 1), Language.French);

    [Fact]
    public async Task Erased_and_rectified_values_are_gone_from_every_stored_row_and_journeys_keep_the_ids()
    {
        var marker = Guid.NewGuid().ToString("N")[..10];
        // ASCII only: the state serializer escapes '+' and accented letters, which a byte search would miss.
        var erasedName = $"Zoe Erased {marker}";
        var erasedEmail = $"zoe.{marker}@example.fr";
        var erasedPhone = $"06 {Random.Shared.Next(10_000_000, 99_999_999)}";
        var oldEmail = $"old.{marker}@example.fr";
        var keptName = $"Kept Person {marker}";
        const string siren = "732829320";
        var id = IseKeys.Sme(Country.FR, siren);
        var sme = fixture.Silo.Grains.GetGrain<ISmeGrain>(id);
        await sme.RegisterAsync(new RegisterSme(
            Country.FR, siren, "Erasure test SAS", Region.HautsDeFrance, Sector.FoodAndDrink, 20,
            new Money(1_000_000m, Currency.EUR), new Money(500_000m, Currency.EUR), "aditec",
            [new ContactInput(erasedName, erasedEmail, erasedPhone, s_consent), new ContactInput(keptName, oldEmail, null, s_consent)],
            "tester"));
        foreach (var value in new[] { erasedName, erasedEmail, erasedPhone, oldEmail })
        {
            Assert.Equal(["sme-contacts"], await StoredGrainState.RowsContainingAsync(fixture.ConnectionString, value));
        }

        await sme.EraseContactAsync("c1", "tester");
        await sme.RectifyContactAsync("c2", new ContactInput(keptName, $"new.{marker}@example.fr", null, null), "tester");

        foreach (var value in new[] { erasedName, erasedEmail, erasedPhone, oldEmail })
        {
            Assert.Empty(await StoredGrainState.RowsContainingAsync(fixture.ConnectionString, value));
        }

        Assert.Equal(["sme-contacts"], await StoredGrainState.RowsContainingAsync(fixture.ConnectionString, $"new.{marker}@example.fr"));
        Assert.Equal(["sme-contacts"], await StoredGrainState.RowsContainingAsync(fixture.ConnectionString, keptName));
        var today = IseKeys.PersonalDataAuditDay(DateOnly.FromDateTime(DateTime.UtcNow));
        await Eventually.TrueAsync(
            async () => (await fixture.Silo.Grains.GetGrain<IPersonalDataAuditGrain>(today).GetPageAsync(0, 500)).Entries
                .Any(e => e is { SmeId: var s, Action: PersonalDataAction.Erased, ContactId: "c1" } && s == id),
            TimeSpan.FromSeconds(15),
            "the erasure is in the audit");
        Assert.Contains("personal-data-audit", await StoredGrainState.RowsContainingAsync(fixture.ConnectionString, id));
        Assert.Equal("Erasure test SAS", (await sme.GetAsync()).Profile.Name);
    }
}
