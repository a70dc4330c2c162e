using Ise.Indicators;
using Ise.Programme;
using Ise.Testing;

namespace Ise.Grains.Tests.Paging;

/// <summary>Sealed pages (feeds, evidence, audits): written once, then out of memory until read.</summary>
[Collection(ClusterCollection.Name)]
public sealed class SealedPageGrainTests(ClusterFixture fixture)
{
    [Fact]
    public async Task A_sealed_page_leaves_memory_and_reads_back_the_rows_it_was_sealed_with()
    {
        var page = fixture.Client.GetGrain<IIndicatorEvidencePageGrain>(IseKeys.IndicatorEvidencePage("sealed-page-test-" + Guid.NewGuid().ToString("N"), 0));
        var row = new IndicatorEvidence(Indicator.EnterprisesSupported, "NL-12345678", "Sealed BV", new DateOnly(2026, 3, 2), "innovatiehuis",
            ActivityKind.SectorWorkshop, "ev-sealed", ["total"], +1, false, new DateOnly(2026, 3, 2));
        var management = fixture.Client.GetGrain<IManagementGrain>(0);

        await page.SealAsync([row]);

        await Eventually.TrueAsync(async () => await management.GetGrainActivationCount((GrainReference)page) == 0,
            TimeSpan.FromSeconds(10), "the sealed page is deactivated");
        await page.SealAsync([row with { SubjectName = "Other BV" }]);
        Assert.Equal("Sealed BV", Assert.Single(await page.GetAsync()).SubjectName);
    }
}
