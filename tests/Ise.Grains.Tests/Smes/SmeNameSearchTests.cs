using Ise.Indexes;
using Ise.Programme;
using Ise.Smes;

namespace Ise.Grains.Tests.Smes;

/// <summary>The words an SME is found by and the rules of a search by name, as plain rules.</summary>
public sealed class SmeNameSearchTests
{
    private static SmeProfile Firm(string name, string? companyId = "0403170701") => new(
        "BE-0403170701", name, Country.BE, companyId, Region.EastFlanders, Sector.Mechatronics, 12,
        new Money(1m, Currency.EUR), new Money(1m, Currency.EUR), "voka-east-flanders", DateTimeOffset.UnixEpoch);

    private static SmeNameSearch Search(string text) =>
        SmeNameSearch.TryParse(text, out var search, out var problem) ? search : throw new InvalidOperationException(problem);

    [Fact]
    public void Words_are_lower_case_without_accents_or_punctuation()
    {
        Assert.Equal(["brasserie", "elan", "biere", "l", "ss", "strasse", "b", "v"], SearchText.Words("Brasserie  Élan-Bière (L'SS) Straße B.V."));
    }

    [Fact]
    public void An_sme_is_listed_under_each_distinct_word_of_two_characters_or_more_and_its_company_id()
    {
        Assert.Equal(["0403170701", "acme", "acmetech", "de"], SmeNameWords.Indexed(Firm("Acme de Acmetech A Acme")).Order(StringComparer.Ordinal));
        Assert.Equal(["acme"], SmeNameWords.Indexed(Firm("Acme", companyId: null)));
        Assert.Equal(SmeNameWords.MaxIndexedNameWords + 1, SmeNameWords.Indexed(Firm(string.Join(' ', Enumerable.Range(0, 30).Select(n => $"w{n}")))).Count);
    }

    [Theory]
    [InlineData("élan", true)]
    [InlineData("ELAN bras", true)]
    [InlineData("lan", false)]
    [InlineData("elan zz", false)]
    [InlineData("0403", true)]
    [InlineData("0403.170.701", true)]
    [InlineData("0403 999", false)]
    [InlineData("l'elan", true)]
    public void Every_word_asked_begins_a_word_of_the_name_or_the_company_id(string asked, bool found) =>
        Assert.Equal(found, Search(asked).Matches(Firm("Brasserie L'Élan")));

    [Theory]
    [InlineData("a")]
    [InlineData(" a ")]
    [InlineData("a b")]
    [InlineData("--")]
    public void A_search_without_a_word_of_two_characters_is_refused(string asked) =>
        Assert.False(SmeNameSearch.TryParse(asked, out _, out _));

    [Fact]
    public void A_search_longer_than_the_limit_is_refused_and_the_longest_word_reads_the_index()
    {
        Assert.False(SmeNameSearch.TryParse(new string('a', SmeNameSearch.MaxLength + 1), out _, out var problem));
        Assert.Contains("100", problem, StringComparison.Ordinal);
        Assert.Equal("acmet", Search("de Acmet").IndexedPrefix);
    }

    [Fact]
    public void An_sme_listed_under_two_words_a_search_begins_is_kept_under_the_first_only()
    {
        var sme = Firm("Acmetech Acme");
        var search = Search("acm");

        Assert.True(search.IsListedFirstUnder(sme, "acme"));
        Assert.False(search.IsListedFirstUnder(sme, "acmetech"));
    }
}
