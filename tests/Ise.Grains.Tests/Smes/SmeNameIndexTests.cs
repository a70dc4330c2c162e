using Ise.Effects;
using Ise.Indexes;
using Ise.Programme;
using Ise.Smes;
using Ise.Testing;
using static Ise.Grains.Tests.Support.Programme;

namespace Ise.Grains.Tests.Smes;

/// <summary>The name index: an SME listed under each word of its name and its company id, and taken out again when merged.</summary>
[Collection(ClusterCollection.Name)]
public sealed class SmeNameIndexTests(ClusterFixture fixture)
{
    private IGrainFactory Grains => fixture.Client;

    private IIndexPrefixGrain NameIndex => Grains.GetGrain<IIndexPrefixGrain>(nameof(IndexName.SmesByNameWord));

    [Fact]
    public async Task A_registered_sme_is_listed_under_each_word_of_its_name_and_its_company_id_normalised()
    {
        var tag = NewWord();
        var kvk = NewKvk();
        var smeId = IseKeys.Sme(Country.NL, kvk);
        await Grains.GetGrain<ISmeGrain>(smeId).RegisterAsync(DutchFirm(kvk) with { Name = $"Brasserie Élan-{tag} B.V." });

        await Eventually.TrueAsync(async () => (await WordsListingAsync(tag[..4], smeId)).Count > 0, TimeSpan.FromSeconds(10), "the SME is listed by name");

        Assert.Equal([tag], await WordsListingAsync(tag[..4], smeId));
        Assert.Equal([kvk], await WordsListingAsync(kvk[..3], smeId));
        Assert.Equal(["elan"], await WordsListingAsync("ela", smeId));
        Assert.Equal(["brasserie"], await WordsListingAsync("brass", smeId));
        Assert.Empty(await WordsListingAsync("b", smeId, exact: true));
        var bucket = StableHash.Bucket(smeId, IseKeys.IndexBucketCount);
        Assert.Contains(new IndexRow(IseKeys.IndexBucket(IndexName.SmesByNameWord, tag, bucket), smeId),
            (await NameIndex.GetPageAsync(tag, null, 10)).Rows);
    }

    [Fact]
    public async Task A_merged_sme_leaves_its_name_lists_and_a_late_older_add_does_not_bring_it_back()
    {
        var tag = NewWord();
        var provisionalId = IseKeys.NewProvisionalSme(Country.NL);
        var provisional = Grains.GetGrain<ISmeGrain>(provisionalId);
        await provisional.RegisterAsync(DutchFirm(NewKvk()) with { CompanyId = null, Name = $"Walk-in {tag}" });
        await Eventually.TrueAsync(async () => (await WordsListingAsync(tag, provisionalId)).Count > 0, TimeSpan.FromSeconds(10), "the provisional SME is listed");
        var real = await RegisterDutchSmeAsync(Grains);

        await provisional.MergeIntoAsync(real.SmeId, "test secretariat");

        await Eventually.TrueAsync(async () => (await WordsListingAsync(tag, provisionalId)).Count == 0, TimeSpan.FromSeconds(10), "the merged SME left its name lists");
        Assert.Empty(await WordsListingAsync("walk", provisionalId));

        // The registration's add delivered again, late (version 1 of the SME's stream): the removal is newer and stays.
        var list = IseKeys.IndexBucket(IndexName.SmesByNameWord, tag, StableHash.Bucket(provisionalId, IseKeys.IndexBucketCount));
        await Grains.GetGrain<IIndexGrain>(list).ApplyEffectsAsync(new EffectBatch("journal:test-late",
            [new EffectEnvelope(1, new IndexMembershipEffect(provisionalId, Present: true, Version: 1))]));
        Assert.Empty(await WordsListingAsync(tag, provisionalId));
    }

    /// <summary>The words (bucket values) under which the name index lists <paramref name="smeId"/> among those beginning with <paramref name="prefix"/>.</summary>
    private async Task<List<string>> WordsListingAsync(string prefix, string smeId, bool exact = false)
    {
        var words = new List<string>();
        IndexRow? after = null;
        while (true)
        {
            var page = await NameIndex.GetPageAsync(prefix, after, 1000);
            words.AddRange(page.Rows.Where(r => r.Member == smeId).Select(r => IseKeys.ValueOfIndexBucket(r.List)).Where(w => !exact || w == prefix));
            if (!page.HasMore)
            {
                return words;
            }

            after = page.Rows[^1];
        }
    }

    /// <summary>A word no other SME's name holds: letters only, so it is one word of the name.</summary>
    private static string NewWord() => "zq" + string.Concat(Guid.NewGuid().ToString("N").Select(c => (char)('a' + (c % 26))))[..10];
}
