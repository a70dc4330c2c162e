using Ise.Gateway.GraphQL.DataLoaders;

using Microsoft.Extensions.DependencyInjection;

namespace Ise.Gateway.Tests.GraphQL;

public sealed class DataLoaderTests(CountingGatewayFactory factory) : IClassFixture<CountingGatewayFactory>
{
    [Fact]
    public async Task A_page_of_smes_with_their_journeys_makes_one_grain_call_per_distinct_sme()
    {
        var client = new GraphQLClient(factory.CreateClient());
        for (var i = 0; i < 30; i++)
        {
            var kvk = TestCompanyIds.Kvk();
            await client.DataAsync("mutation($input: RegisterSmeInput!) { registerSme(input: $input) { created } }", new
            {
                input = new
                {
                    country = "NL", companyId = kvk, name = "Loader " + kvk, region = "SOUTH_WEST_NETHERLANDS", sector = "NEW_MATERIALS", staffCount = 5,
                    turnover = new { amount = 100_000, currency = "EUR" }, balanceSheetTotal = new { amount = 50_000, currency = "EUR" }, leadPartnerId = "innovatiehuis",
                },
            });
        }

        factory.Calls.Reset();
        var data = await client.DataAsync("""
            { smes(first: 100, filter: { sector: NEW_MATERIALS }) {
                edges { node { id name stage { stage } servingPartnerIds journey(first: 5) { edges { node { kind partnerId } } } } } } }
            """);

        var distinct = data["smes"]!["edges"]!.AsArray().Select(e => e!["node"]!["id"]!.GetValue<string>()).Distinct().Count();
        Assert.True(distinct >= 30);
        Assert.Equal(distinct, factory.Calls[nameof(Ise.Smes.ISmeGrain.FindDetailsAsync)]);
    }

    [Fact]
    public async Task The_loader_fetches_each_sme_once_per_request()
    {
        using var scope = factory.Services.CreateScope();
        var loader = scope.ServiceProvider.GetRequiredService<SmeByIdDataLoader>();
        factory.Calls.Reset();

        var loads = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => loader.LoadAsync("BE-0403170701")));

        Assert.All(loads, l => Assert.Same(loads[0], l));
        Assert.Equal(1, factory.Calls[nameof(Ise.Smes.ISmeGrain.FindDetailsAsync)]);
    }
}
