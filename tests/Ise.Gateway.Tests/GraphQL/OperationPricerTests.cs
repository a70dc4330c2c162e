using GraphQL;
using GraphQL.Types;
using GraphQLParser;
using Ise.Gateway.GraphQL;
using Ise.Gateway.GraphQL.Cost;
using Microsoft.Extensions.DependencyInjection;

namespace Ise.Gateway.Tests.GraphQL;

/// <summary>The price rule on small documents, against the real schema built by dependency injection as the gateway builds it.</summary>
public sealed class OperationPricerTests
{
    private static readonly Lazy<ISchema> Schema = new(() =>
    {
        var services = new ServiceCollection();
        services.AddGraphQL(graphql => graphql.AddSchema<IseSchema>().AddGraphTypes(typeof(IseSchema).Assembly));
        var schema = services.BuildServiceProvider().GetRequiredService<ISchema>();
        schema.Initialize();
        return schema;
    });

    private static long? Price(string query, object? variables = null, string? operationName = null)
    {
        var inputs = variables?.GetType().GetProperties().ToDictionary(p => p.Name, p => p.GetValue(variables));
        return OperationPricer.Price(Schema.Value, Parser.Parse(query), operationName, inputs)?.Requested;
    }

    [Theory]
    [InlineData("{ me { role } }", 1)]
    [InlineData("{ sme(id: \"NL-1\") { id name } }", 1)]
    [InlineData("{ sme(id: \"NL-1\") { id stage { stage } } }", 2)]
    [InlineData("{ sme(id: \"NL-1\") { __typename } __typename }", 1)]
    [InlineData("{ __schema { types { name fields { name } } } }", 0)]
    public void A_plain_object_costs_one_and_scalars_and_introspection_nothing(string query, long expected) =>
        Assert.Equal(expected, Price(query));

    [Theory]
    [InlineData("{ smes(first: 100) { edges { node { id journey(first: 10) { edges { node { kind } } } } } } }", 1_100)]
    [InlineData("{ smes(first: 100) { edges { node { id journey { edges { node { kind } } } } } } }", 2_100)]
    [InlineData("{ smes { edges { node { id } } } }", 20)]
    [InlineData("{ smes(first: 5) { totalCount pageInfo { hasNextPage endCursor } edges { cursor } } }", 5)]
    [InlineData("{ smes(first: 5) { items { stage { stage } } } }", 10)]
    [InlineData("{ smes(first: 500) { items { id } } }", 100)]
    [InlineData("{ smes(first: 0) { items { id } } }", 0)]
    [InlineData("{ event(id: \"e\") { title attendees(first: 50) { edges { node { code feedback { rating } } } } } }", 101)]
    [InlineData("{ indicators(period: \"2026\") { evidence(first: 30) { rows { smeId } endCursor } } }", 31)]
    public void A_page_costs_its_size_and_multiplies_what_its_objects_select(string query, long expected) =>
        Assert.Equal(expected, Price(query));

    [Fact]
    public void The_page_size_may_come_from_a_variable_or_its_default()
    {
        const string query = "query($n: Int = 3) { smes(first: $n) { items { stage { stage } } } }";

        Assert.Equal(14, Price(query, new { n = 7 }));
        Assert.Equal(6, Price(query));
        Assert.Equal(40, Price("query($n: Int) { smes(first: $n) { items { stage { stage } } } }"));
    }

    [Fact]
    public void Named_and_inline_fragments_count_what_they_select()
    {
        const string named = """
            { smes(first: 10) { ...Page } }
            fragment Page on SmeConnection { edges { node { ...Firm } } }
            fragment Firm on Sme { id stage { stage } }
            """;
        const string inline = "{ smes(first: 10) { edges { node { ... on Sme { stage { stage } } ... { journey(first: 2) { items { id } } } } } } }";

        Assert.Equal(20, Price(named));
        Assert.Equal(10 + 10 + 20, Price(inline));
    }

    [Fact]
    public void A_field_selected_twice_under_one_name_is_merged_and_under_two_aliases_counted_twice()
    {
        Assert.Equal(2, Price("{ sme(id: \"a\") { stage { stage } } sme(id: \"a\") { stage { entryIds } } }"));
        Assert.Equal(4, Price("{ a: sme(id: \"a\") { stage { stage } } b: sme(id: \"b\") { stage { stage } } }"));
        Assert.Equal(30, Price("{ smes(first: 10) { edges { node { stage { stage } } } items { stage { stage } } } }"));
    }

    [Theory]
    [InlineData("{ smes(first: 10) { items { stage @skip(if: true) { stage } } } }", null, 10)]
    [InlineData("{ smes(first: 10) { items { stage @include(if: false) { stage } } } }", null, 10)]
    [InlineData("{ smes(first: 10) { items { stage @skip(if: false) { stage } } } }", null, 20)]
    [InlineData("query($s: Boolean!) { smes(first: 10) { items { stage @skip(if: $s) { stage } } } }", true, 10)]
    [InlineData("query($s: Boolean!) { smes(first: 10) { items { stage @skip(if: $s) { stage } } } }", false, 20)]
    [InlineData("query($s: Boolean = true) { smes(first: 10) { items { ... @skip(if: $s) { stage { stage } } } } }", null, 10)]
    [InlineData("query($s: Boolean!) { smes(first: 10) { ...F @include(if: $s) } } fragment F on SmeConnection { items { id } }", false, 10)]
    public void Skip_and_include_leave_out_what_they_exclude(string query, bool? s, long expected) =>
        Assert.Equal(expected, Price(query, s is null ? null : new { s }));

    [Fact]
    public void A_condition_not_known_counts_the_selection() =>
        Assert.Equal(20, Price("query($s: Boolean!) { smes(first: 10) { items { stage @include(if: $s) { stage } } } }"));

    [Fact]
    public void Each_mutation_has_a_fixed_price_plus_what_its_result_selects()
    {
        const string register = "mutation($input: RegisterSmeInput!) { registerSme(input: $input) { created sme { id stage { stage } } } }";

        Assert.Equal(OperationPricer.MutationPrice + 2, Price(register));
        Assert.Equal(2 * OperationPricer.MutationPrice, Price("mutation { a: revokeApiKey(id: \"x\") { id } b: revokeApiKey(id: \"y\") { id } }"));
    }

    [Fact]
    public void The_operation_is_the_one_named_and_none_is_priced_when_the_name_is_ambiguous_or_unknown()
    {
        const string two = "query One { me { role } } query Page { smes(first: 3) { items { id } } }";

        Assert.Equal(3, Price(two, operationName: "Page"));
        Assert.Null(Price(two));
        Assert.Null(Price(two, operationName: "Three"));
    }

    [Fact]
    public void A_fragment_that_spreads_itself_is_followed_once_and_unknown_fields_and_types_cost_nothing()
    {
        Assert.Equal(2, Price("{ sme(id: \"a\") { ...A } } fragment A on Sme { stage { stage } ...A }"));
        Assert.Equal(1, Price("{ sme(id: \"a\") { nothingHere { deeper } } }"));
        Assert.Equal(1, Price("{ sme(id: \"a\") { ... on Nowhere { stage { stage } } } }"));
    }

    /// <summary>The README's price table: each row's document and price, as the README shows them.</summary>
    [Theory]
    [InlineData("{ sme(id: \"NL-12345678\") { id name stage { stage } } }", 2)]
    [InlineData("{ smes(first: 100) { edges { node { id name journey { edges { node { kind occurredAt } } } } } } }", 2_100)]
    [InlineData("{ smes(first: 100) { edges { node { id name journey(first: 5) { edges { node { kind occurredAt } } } } } } }", 600)]
    [InlineData("{ event(id: \"ev-demo-workshop\") { title stats { checkedIn } attendees(first: 100) { edges { node { code status } } } } }", 102)]
    [InlineData("mutation($input: RegisterSmeInput!) { registerSme(input: $input) { created sme { id } } }", 11)]
    public void The_readme_price_table_holds(string query, long expected) => Assert.Equal(expected, Price(query));
}
