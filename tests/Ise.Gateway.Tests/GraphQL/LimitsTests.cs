namespace Ise.Gateway.Tests.GraphQL;

public sealed class LimitsTests(EmbeddedGatewayFactory factory) : IClassFixture<EmbeddedGatewayFactory>
{
    private GraphQLClient Client => new(factory.CreateClient());

    [Fact]
    public async Task Introspection_still_works()
    {
        var data = await Client.DataAsync(IntrospectionQuery);

        Assert.Contains(data["__schema"]!["types"]!.AsArray(), t => t!["name"]!.GetValue<string>() == "Sme");
    }

    [Fact]
    public async Task A_query_nested_too_deep_is_refused_with_a_clear_error()
    {
        const int levels = 20;
        var nested = "{ __schema { types { fields { type { " + string.Concat(Enumerable.Repeat("ofType { ", levels)) + "name" + new string('}', levels + 4).Replace("}", " }") + " }";

        var (code, _, message) = await Client.ErrorAsync(nested);

        Assert.Equal("VALIDATION", code);
        Assert.Contains("depth", message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_query_too_complex_is_refused()
    {
        var aliases = string.Join(' ', Enumerable.Range(0, 60).Select(i => $"a{i}: smes(first: 100) {{ edges {{ node {{ id journey(first: 100) {{ edges {{ node {{ id }} }} }} }} }} }}"));

        var (code, _, message) = await Client.ErrorAsync("{ " + aliases + " }");

        Assert.Equal("VALIDATION", code);
        Assert.Contains("complex", message, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(101)]
    public async Task A_page_size_out_of_range_is_refused_naming_first(int first)
    {
        var (code, field, _) = await Client.ErrorAsync($"{{ smes(first: {first}) {{ edges {{ cursor }} }} }}");

        Assert.Equal(("VALIDATION", "first"), (code, field));
    }

    private const string IntrospectionQuery = """
        query IntrospectionQuery {
          __schema {
            queryType { name } mutationType { name }
            types { ...FullType }
            directives { name locations args { ...InputValue } }
          }
        }
        fragment FullType on __Type {
          kind name description
          fields(includeDeprecated: true) { name args { ...InputValue } type { ...TypeRef } isDeprecated deprecationReason }
          inputFields { ...InputValue }
          interfaces { ...TypeRef }
          enumValues(includeDeprecated: true) { name isDeprecated deprecationReason }
          possibleTypes { ...TypeRef }
        }
        fragment InputValue on __InputValue { name type { ...TypeRef } defaultValue }
        fragment TypeRef on __Type { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name } } } } } } } }
        """;
}
