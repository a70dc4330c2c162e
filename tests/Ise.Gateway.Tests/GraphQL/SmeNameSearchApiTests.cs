using System.Text.Json.Nodes;

namespace Ise.Gateway.Tests.GraphQL;

/// <summary>smes(filter: { name }): SMEs found through the name index, over HTTP.</summary>
public sealed class SmeNameSearchApiTests(EmbeddedGatewayFactory factory) : IClassFixture<EmbeddedGatewayFactory>
{
    private const string Search = """
        query($filter: SmeFilter, $first: Int, $after: String) {
          smes(filter: $filter, first: $first, after: $after) { edges { node { id name } } pageInfo { hasNextPage endCursor } }
        }
        """;

    private GraphQLClient Client(string key = "dev-secretariat") => new(factory.CreateClient(), key);

    /// <summary>The ids of one page of SMEs the filter finds, and the page's info.</summary>
    private async Task<(List<string> Ids, bool HasNext, string? End)> PageAsync(object filter, int first = 20, string? after = null, string key = "dev-secretariat")
    {
        var smes = (await Client(key).DataAsync(Search, new { filter, first, after }))["smes"]!;
        var ids = smes["edges"]!.AsArray().Select(e => e!["node"]!["id"]!.GetValue<string>()).ToList();
        return (ids, smes["pageInfo"]!["hasNextPage"]!.GetValue<bool>(), smes["pageInfo"]!["endCursor"]?.GetValue<string>());
    }

    [Fact]
    public async Task An_sme_is_found_by_the_start_of_any_word_of_its_name_ignoring_case_and_accents_or_by_its_company_id()
    {
        var tag = TestSmes.NewWord();
        var smeId = await ApiScenario.SmeAsync(Client(), $"Brasserie Élan-{tag} B.V.");
        var kvk = smeId["NL-".Length..];
        await TestSmes.FoundByNameAsync(Client(), tag, 1);

        Assert.Equal([smeId], (await PageAsync(new { name = tag[..5].ToUpperInvariant() })).Ids);
        Assert.Equal([smeId], (await PageAsync(new { name = $"ELAN {tag[..4]}" })).Ids);
        Assert.Equal([smeId], (await PageAsync(new { name = $"brass {tag}" })).Ids);
        Assert.Equal([smeId], (await PageAsync(new { name = $"{kvk[..4]}.{kvk[4..]}" })).Ids);
        Assert.Contains(smeId, (await PageAsync(new { name = kvk[..6] }, first: 100)).Ids);
        Assert.Empty((await PageAsync(new { name = tag[1..] })).Ids);
        Assert.Empty((await PageAsync(new { name = $"{tag} zzzz" })).Ids);
    }

    [Fact]
    public async Task A_name_search_pages_on_with_its_cursor_and_lists_an_sme_once_whatever_number_of_its_words_match()
    {
        var tag = TestSmes.NewWord();
        var twice = await ApiScenario.SmeAsync(Client(), $"{tag} {tag}works");
        var others = new[] { await ApiScenario.SmeAsync(Client(), $"{tag}a One"), await ApiScenario.SmeAsync(Client(), $"Two {tag}b") };
        await TestSmes.FoundByNameAsync(Client(), tag, 3);

        var first = await PageAsync(new { name = tag }, first: 2);
        var second = await PageAsync(new { name = tag }, first: 2, after: first.End);

        Assert.Equal((2, true), (first.Ids.Count, first.HasNext));
        Assert.Equal((1, false), (second.Ids.Count, second.HasNext));
        Assert.Equal(others.Append(twice).Order(StringComparer.Ordinal), first.Ids.Concat(second.Ids).Order(StringComparer.Ordinal));
        var (code, field, _) = await Client().ErrorAsync(Search, new { filter = new { name = tag }, first = 2, after = (await PageAsync(new { region = "SOUTH_WEST_NETHERLANDS" }, first: 1)).End });
        Assert.Equal(("VALIDATION", "after"), (code, field));
    }

    [Fact]
    public async Task A_name_combines_with_the_other_criteria_and_partner_staff_find_only_the_smes_they_may_list()
    {
        var tag = TestSmes.NewWord();
        var smeId = await ApiScenario.SmeAsync(Client(), $"Combined {tag}");
        await TestSmes.FoundByNameAsync(Client(), tag, 1);

        Assert.Equal([smeId], (await PageAsync(new { name = tag, region = "SOUTH_WEST_NETHERLANDS", sector = "MECHATRONICS", stage = "AWARE" })).Ids);
        Assert.Empty((await PageAsync(new { name = tag, region = "EAST_FLANDERS" })).Ids);
        Assert.Empty((await PageAsync(new { name = tag }, key: "dev-partner-aditec")).Ids);
    }

    [Theory]
    [InlineData(" a ")]
    [InlineData("a b")]
    [InlineData("")]
    public async Task A_name_without_a_word_of_two_characters_is_refused_naming_the_field(string name)
    {
        var (code, field, message) = await Client().ErrorAsync(Search, new { filter = new { name } });

        Assert.Equal(("VALIDATION", "filter.name"), (code, field));
        Assert.StartsWith("filter.name", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_name_longer_than_100_characters_is_refused()
    {
        var (code, field, _) = await Client().ErrorAsync(Search, new { filter = new { name = new string('x', 101) } });

        Assert.Equal(("VALIDATION", "filter.name"), (code, field));
    }
}
