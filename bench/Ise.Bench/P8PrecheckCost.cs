using System.Text;
using System.Text.Json;
using Ise.Gateway.GraphQL.Transport;

namespace Ise.Bench;

/// <summary>
/// P8: what issue 25's pre-check (<see cref="RequestPrecheck"/>: the variables' JSON text, then the document's
/// tokens, fields, directives, arguments, variables and fragment expansion) costs P4's request: its median latency
/// through the gateway's endpoint ÷ the same request through the same endpoint built with a pre-check that only
/// parses (<see cref="ParseOnlyPrecheck"/>: the parse the executer would do anyway), on the same gateway and SMEs
/// in the same run, one request at a time, the two alternating. The pre-check's time on the same request in
/// process, against the parse alone, is in the details: over HTTP its share is within the noise of a request.
/// </summary>
public static class P8PrecheckCost
{
    public static async Task<Figure> RunAsync(BenchOptions options)
    {
        await using var page = await SeededSmePage.StartAsync("P8");
        var api = page.Api;
        var with = () => api.GraphQLAsync(SeededSmePage.Query);
        var without = () => api.GraphQLAsync(SeededSmePage.Query, path: ApiHost.WithoutPrecheckPath);

        // The same answer and price either way, or the comparison means nothing.
        var (withAnswer, withoutAnswer) = (await with(), await without());
        if (withAnswer["errors"] is not null || !JsonNode.DeepEquals(withAnswer["data"], withoutAnswer["data"])
            || !JsonNode.DeepEquals(withAnswer["extensions"]?["cost"]?["requested"], withoutAnswer["extensions"]?["cost"]?["requested"]))
        {
            throw new InvalidOperationException("P8: the endpoint answered differently without its pre-check:\n" + withoutAnswer.ToJsonString()[..Math.Min(2_000, withoutAnswer.ToJsonString().Length)]);
        }

        var rounds = options.Quick ? 100 : 1_000;
        Console.WriteLine($"P8: {rounds} rounds of P4's request with and without the pre-check...");
        var (withMs, withoutMs) = await LoadRunner.AlternateAsync(with, without, rounds / 10, rounds);
        var (precheckUs, parseUs) = InProcess(options.Quick ? 2_000 : 20_000);

        var ratio = LoadRunner.Median(withMs) / LoadRunner.Median(withoutMs);
        return new Figure(
            "P4's request through the endpoint with its pre-check: median latency ÷ without it (the document parsed once either way)",
            Math.Round(LoadRunner.Median(withMs), 3), Math.Round(LoadRunner.Median(withoutMs), 3), "ms per request", "<= 1.05", ratio <= 1.05,
            Machine.Describe(), DateTime.UtcNow.ToString("O"), options.Mode,
            new ReadOnlyDictionary<string, double>(new Dictionary<string, double>
            {
                ["withP99Ms"] = Math.Round(LoadRunner.Percentile(withMs, 0.99), 3),
                ["withoutP99Ms"] = Math.Round(LoadRunner.Percentile(withoutMs, 0.99), 3),
                ["precheckInProcessMedianUs"] = Math.Round(precheckUs, 2),
                ["parseOnlyInProcessMedianUs"] = Math.Round(parseUs, 2),
                ["precheckPercentOfRequest"] = Math.Round(100 * (precheckUs - parseUs) / 1_000 / LoadRunner.Median(withMs), 4),
                ["documentCharacters"] = SeededSmePage.Query.Length,
                ["rounds"] = rounds,
                ["smesRegistered"] = page.Registered,
            }),
            $"Gateway in embedded mode (in-memory storage) on Kestrel at 127.0.0.1, as P4; {page.Described}; one request at a time, with and without alternating; " +
            "both answers' data and price checked equal. In process: the pre-check of the same body and document against parsing it alone, each timed call by call, medians in microseconds.");
    }

    /// <summary>Medians in microseconds of what each endpoint checks of P4's request before execution: the pre-check, and the parse alone.</summary>
    private static (double Precheck, double ParseOnly) InProcess(int calls)
    {
        var body = Encoding.UTF8.GetBytes(JsonSerializer.Serialize(new { query = SeededSmePage.Query, variables = (object?)null }));
        IRequestPrecheck precheck = new RequestPrecheck();
        IRequestPrecheck parseOnly = new ParseOnlyPrecheck();
        var withUs = new double[calls];
        var withoutUs = new double[calls];
        for (var i = -calls / 10; i < calls; i++)
        {
            var tWith = Time(precheck, body);
            var tWithout = Time(parseOnly, body);
            if (i >= 0)
            {
                withUs[i] = tWith;
                withoutUs[i] = tWithout;
            }
        }

        return (LoadRunner.Median([.. withUs.Order()]), LoadRunner.Median([.. withoutUs.Order()]));
    }

    private static double Time(IRequestPrecheck check, byte[] body)
    {
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        if (check.VariablesInBody(body) is not null || check.Document(SeededSmePage.Query).Document is null)
        {
            throw new InvalidOperationException("P8: P4's request did not pass the pre-check.");
        }

        return System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalMicroseconds;
    }
}
