using System.Text;
using System.Text.Json;
using Ise.Gateway.GraphQL.Transport;

namespace Ise.Bench;

/// <summary>
/// P7: the slowest refusal among the cost bombs of issue 25 (the documents and variables that cost
/// GraphQL.NET's validation seconds, or the process its stack, before the pre-check priced them),
/// median latency ÷ a trivial query's, over the same gateway in the same run, one request at a time,
/// the trivial query and each bomb in turn. Every bomb must be refused, or the figure means nothing.
/// </summary>
public static class P7HostileRefusals
{
    private const string Trivial = "{ me { role } }";
    private const string Codes = "mutation($v: [String!]!) { recordRetroactiveAttendance(eventId: \"ev-bench\", codes: $v) { __typename } }";

    private static readonly (string Name, string Query, object? Variables)[] s_bombs =
    [
        ("directives", "{ me " + string.Concat(Enumerable.Repeat("@include(if: true) ", 12_000)) + "{ role } }", null),
        ("variables", "query(" + string.Join(" ", Enumerable.Range(0, 8_000).Select(i => $"$v{i}: Int")) + ") { me { role } }", null),
        ("arguments", "{ sme(id: \"x\", " + string.Join(", ", Enumerable.Range(0, 8_000).Select(i => $"a{i}: 1")) + ") { id } }", null),
        ("spreadChain", "query { ...F0 } " + string.Join(" ", Enumerable.Range(0, 6_000).Select(i => $"fragment F{i} on Query {{ ...F{i + 1} }}")) + " fragment F6000 on Query { me { role } }", null),
        ("variableValues", Codes, new { v = Enumerable.Repeat("x", 40_000) }),
    ];

    public static async Task<Figure> RunAsync(BenchOptions options)
    {
        await using var api = await ApiHost.StartAsync();
        var trivialRequest = Post(api, Trivial, null);
        var bombRequests = s_bombs.Select(b => Post(api, b.Query, b.Variables)).ToList();
        for (var i = 0; i < s_bombs.Length; i++)
        {
            if ((await bombRequests[i]())["errors"] is null)
            {
                throw new InvalidOperationException($"P7: the {s_bombs[i].Name} bomb was not refused.");
            }
        }

        var rounds = options.Quick ? 30 : 300;
        Console.WriteLine($"P7: {rounds} rounds of a trivial query and {s_bombs.Length} cost bombs...");
        var trivial = new List<double>(rounds);
        var bombs = s_bombs.ToDictionary(b => b.Name, _ => new List<double>(rounds), StringComparer.Ordinal);
        for (var round = -rounds / 10; round < rounds; round++)
        {
            var trivialMs = await LoadRunner.TimeAsync(trivialRequest);
            var bombMs = new List<double>(s_bombs.Length);
            foreach (var bomb in bombRequests)
            {
                bombMs.Add(await LoadRunner.TimeAsync(bomb));
            }

            if (round >= 0)
            {
                trivial.Add(trivialMs);
                for (var i = 0; i < s_bombs.Length; i++)
                {
                    bombs[s_bombs[i].Name].Add(bombMs[i]);
                }
            }
        }

        var medians = bombs.ToDictionary(b => b.Key, b => LoadRunner.Percentile([.. b.Value.Order()], 0.5), StringComparer.Ordinal);
        var worst = medians.MaxBy(m => m.Value);
        var trivialMedian = LoadRunner.Percentile([.. trivial.Order()], 0.5);
        return new Figure(
            "Slowest cost-bomb refusal (directives, variables, arguments, spread chain, variable values): median latency ÷ a trivial query's",
            Math.Round(worst.Value, 3), Math.Round(trivialMedian, 3), "ms per request", "<= 20", worst.Value / trivialMedian <= 20,
            Machine.Describe(), DateTime.UtcNow.ToString("O"), options.Mode,
            new ReadOnlyDictionary<string, double>(medians.ToDictionary(m => m.Key + "MedianMs", m => Math.Round(m.Value, 3), StringComparer.Ordinal)),
            $"Gateway in embedded mode on Kestrel at 127.0.0.1 (as P4); {rounds} rounds, one request at a time; request bodies of 80 to 230 KB against one of 30 bytes; the slowest was {worst.Key}. " +
            "Bodies are serialized once, before timing. Before the pre-check the directives bomb cost 4.6 s, the spread chain ended the process.");
    }

    /// <summary>A POST of the request to the gateway's endpoint, its body serialized once.</summary>
    private static Func<Task<JsonNode>> Post(ApiHost api, string query, object? variables)
    {
        var body = JsonSerializer.Serialize(new { query, variables });
        return () => api.SendAsync(new HttpRequestMessage(HttpMethod.Post, GraphQLHttpEndpoint.Path) { Content = new StringContent(body, Encoding.UTF8, "application/json") });
    }
}
