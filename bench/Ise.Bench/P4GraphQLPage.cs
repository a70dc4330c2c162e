namespace Ise.Bench;

/// <summary>
/// P4: a page of 100 SMEs with their journeys through the gateway's GraphQL endpoint over HTTP ÷ the
/// same JSON from the same grains through a minimal-API endpoint of the bench (same host, same
/// authentication), median latency, one request at a time, the two alternating. Also the grain calls
/// one GraphQL request makes, against the distinct SMEs on its page.
/// </summary>
public static class P4GraphQLPage
{
    private const Sector Measured = Sector.Mechatronics;
    // Two pages and more of the measured sector, so the page is one of a longer list.
    private const int Smes = 4 * 2 * SmePageReader.PageSize + 40;

    public static async Task<Figure> RunAsync(BenchOptions options)
    {
        await using var api = await ApiHost.StartAsync();
        Console.WriteLine($"P4: registering {Smes:N0} SMEs with journeys of {SmePageReader.JourneyEntries}...");
        var ids = await SmeSeeder.SeedAsync(api.Grains, 0, Smes, SmePageReader.JourneyEntries);
        var inSector = Enumerable.Range(0, Smes).Count(n => SmeSeeder.SectorOf(n) == Measured);
        await SmeSeeder.WaitForIndexAsync(api.Grains, IndexName.SmesBySector, ProgrammeCatalog.Describe(Measured).Slug, inSector, TimeSpan.FromMinutes(2));

        var query = SmePageReader.Query(Measured);
        var graphQL = () => api.GraphQLAsync(query);
        var direct = () => api.SendAsync(new HttpRequestMessage(HttpMethod.Get, ApiHost.DirectQuery(Measured)));

        // The two answers are the same document, or the comparison means nothing.
        var before = api.Calls.Snapshot();
        var graphQLAnswer = await graphQL();
        var afterGraphQL = api.Calls.Snapshot();
        var directAnswer = await direct();
        var afterDirect = api.Calls.Snapshot();
        if (graphQLAnswer["errors"] is not null || !JsonNode.DeepEquals(graphQLAnswer, directAnswer))
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
        var (graphQLMs, directMs) = await AlternateAsync(graphQL, direct, rounds / 10, rounds);

        var ratio = Median(graphQLMs) / Median(directMs);
        return new Figure(
            "GraphQL page of 100 SMEs with their journeys: median latency ÷ the same JSON from a minimal-API endpoint",
            Math.Round(Median(graphQLMs), 3), Math.Round(Median(directMs), 3), "ms per request", "<= 2.0", ratio <= 2.0 && smeCalls <= distinct + 1,
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
                ["smesRegistered"] = ids.Count,
            }),
            $"Gateway in embedded mode (in-memory storage) on Kestrel at 127.0.0.1; {ids.Count} SMEs, {inSector} in the sector asked for; one request at a time, " +
            "GraphQL and minimal API alternating; both answers checked equal. SME grain calls include the one look-ahead the connection makes to know whether a next page exists.");
    }

    private static async Task<(double[] First, double[] Second)> AlternateAsync(Func<Task<JsonNode>> first, Func<Task<JsonNode>> second, int warmUp, int rounds)
    {
        var a = new List<double>(rounds);
        var b = new List<double>(rounds);
        for (var round = -warmUp; round < rounds; round++)
        {
            // Alternate which goes first, so neither profits from the other's warm caches.
            var (x, y) = round % 2 == 0 ? (first, second) : (second, first);
            var tx = await LoadRunner.TimeAsync(x);
            var ty = await LoadRunner.TimeAsync(y);
            if (round >= 0)
            {
                (round % 2 == 0 ? a : b).Add(tx);
                (round % 2 == 0 ? b : a).Add(ty);
            }
        }

        return ([.. a.Order()], [.. b.Order()]);
    }

    private static double Median(double[] sorted) => LoadRunner.Percentile(sorted, 0.5);
}
