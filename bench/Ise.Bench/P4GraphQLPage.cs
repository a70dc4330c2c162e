namespace Ise.Bench;

/// <summary>
/// P4: a page of 100 SMEs with their journeys through the gateway's GraphQL endpoint over HTTP ÷ the
/// same JSON from the same grains through a minimal-API endpoint of the bench (same host, same
/// authentication), median latency, one request at a time, the two alternating. Also the grain calls
/// one GraphQL request makes, against the distinct SMEs on its page.
/// </summary>
public static class P4GraphQLPage
{
    public static async Task<Figure> RunAsync(BenchOptions options)
    {
        await using var page = await SeededSmePage.StartAsync("P4");
        var api = page.Api;
        var graphQL = () => api.GraphQLAsync(SeededSmePage.Query);
        var direct = () => api.SendAsync(new HttpRequestMessage(HttpMethod.Get, ApiHost.DirectQuery(SeededSmePage.Measured)));

        // The two answers hold the same data (the GraphQL answer has its price in extensions.cost besides), or the comparison means nothing.
        var before = api.Calls.Snapshot();
        var graphQLAnswer = await graphQL();
        var afterGraphQL = api.Calls.Snapshot();
        var directAnswer = await direct();
        var afterDirect = api.Calls.Snapshot();
        if (graphQLAnswer["errors"] is not null || !JsonNode.DeepEquals(graphQLAnswer["data"], directAnswer["data"]))
        {
            throw new InvalidOperationException("P4: GraphQL and the minimal API answered differently:\n" + graphQLAnswer.ToJsonString()[..Math.Min(2_000, graphQLAnswer.ToJsonString().Length)]);
        }

        var nodes = graphQLAnswer["data"]!["smes"]!["edges"]!.AsArray();
        var distinct = nodes.Select(e => e!["node"]!["id"]!.GetValue<string>()).Distinct(StringComparer.Ordinal).Count();
        if (distinct != SmePageReader.PageSize || nodes.Any(e => e!["node"]!["journey"]!["edges"]!.AsArray().Count != SmePageReader.JourneyEntries))
        {
            throw new InvalidOperationException($"P4: the page holds {distinct} SMEs, not {SmePageReader.PageSize} with {SmePageReader.JourneyEntries} journey entries each.");
        }

        var smeCalls = GrainCallTally.Between(before, afterGraphQL, nameof(ISmeGrain.FindDetailsAsync));
        var rounds = options.Quick ? 60 : 600;
        Console.WriteLine($"P4: {rounds} rounds of both requests...");
        var (graphQLMs, directMs) = await LoadRunner.AlternateAsync(graphQL, direct, rounds / 10, rounds);

        var ratio = LoadRunner.Median(graphQLMs) / LoadRunner.Median(directMs);
        return new Figure(
            "GraphQL page of 100 SMEs with their journeys: median latency ÷ the same JSON from a minimal-API endpoint",
            Math.Round(LoadRunner.Median(graphQLMs), 3), Math.Round(LoadRunner.Median(directMs), 3), "ms per request", "<= 2.0", ratio <= 2.0 && smeCalls <= distinct + 1,
            Machine.Describe(), DateTime.UtcNow.ToString("O"), options.Mode,
            new ReadOnlyDictionary<string, double>(new Dictionary<string, double>
            {
                ["distinctSmesOnPage"] = distinct,
                ["smeGrainCallsPerGraphQLRequest"] = smeCalls,
                ["grainCallsPerGraphQLRequest"] = GrainCallTally.TotalBetween(before, afterGraphQL),
                ["grainCallsPerDirectRequest"] = GrainCallTally.TotalBetween(afterGraphQL, afterDirect),
                ["graphQLP99Ms"] = Math.Round(LoadRunner.Percentile(graphQLMs, 0.99), 3),
                ["directP99Ms"] = Math.Round(LoadRunner.Percentile(directMs, 0.99), 3),
                ["responseBytes"] = graphQLAnswer.ToJsonString().Length,
                ["rounds"] = rounds,
                ["smesRegistered"] = page.Registered,
            }),
            $"Gateway in embedded mode (in-memory storage) on Kestrel at 127.0.0.1; {page.Described}; one request at a time, " +
            "GraphQL and minimal API alternating; both answers' data checked equal. SME grain calls include the one look-ahead the connection makes to know whether a next page exists.");
    }
}
