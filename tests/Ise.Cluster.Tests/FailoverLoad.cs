using System.Collections.Concurrent;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Stopwatch = System.Diagnostics.Stopwatch;

namespace Ise.Cluster.Tests;

/// <summary>
/// Check-ins and statistics queries sent round-robin through several gateways over GraphQL, as door
/// apps and dashboards would. An answer that is lost (transport error, timeout, server error) leaves
/// the caller not knowing whether the check-in landed, so it retries: check-in is idempotent.
/// </summary>
public sealed class FailoverLoad(IReadOnlyList<HttpClient> gateways, Stopwatch clock)
{
    private int _next;

    public ConcurrentDictionary<string, string> Acknowledged { get; } = new(StringComparer.Ordinal);

    public ConcurrentDictionary<string, string> Refused { get; } = new(StringComparer.Ordinal);

    /// <summary>Every request sent: when, how long its answer took, and whether one came.</summary>
    public ConcurrentBag<SentRequest> Requests { get; } = [];

    public int LostAnswers => Requests.Count(r => !r.Answered);

    public static HttpClient Gateway(string url, string apiKey)
    {
        var http = new HttpClient { BaseAddress = new Uri(url), Timeout = TimeSpan.FromSeconds(60) };
        http.DefaultRequestHeaders.Add("X-Api-Key", apiKey);
        http.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/graphql-response+json"));
        return http;
    }

    /// <summary>Checks every code in, until all are acknowledged or refused, with <paramref name="callers"/> concurrent callers.</summary>
    public async Task CheckInAllAsync(IEnumerable<string> codes, int callers, TimeSpan deadline)
    {
        var queue = new ConcurrentQueue<string>(codes);
        await Task.WhenAll(Enumerable.Range(0, callers).Select(_ => Task.Run(async () =>
        {
            while (clock.Elapsed < deadline && queue.TryDequeue(out var code))
            {
                var answer = await SendAsync("mutation($code: String!) { checkIn(code: $code) { outcome } }", new { code });
                if (answer?["data"]?["checkIn"]?["outcome"]?.GetValue<string>() is { } outcome)
                {
                    Acknowledged[code] = outcome;
                }
                else if (answer?["errors"]?[0]?["extensions"]?["code"]?.GetValue<string>() is "CONFLICT" or "VALIDATION" or "NOT_FOUND")
                {
                    Refused[code] = answer["errors"]![0]!["message"]!.GetValue<string>();
                }
                else
                {
                    await Task.Delay(200);
                    queue.Enqueue(code);
                }
            }
        })));
    }

    /// <summary>Asks for an event's statistics now and then, as a dashboard's first load does, until cancelled.</summary>
    public async Task QueryUntilCancelledAsync(IReadOnlyList<string> eventIds, CancellationToken cancellation)
    {
        for (var i = 0; !cancellation.IsCancellationRequested; i++)
        {
            await SendAsync("query($id: ID!) { event(id: $id) { stats { checkedIn } } }", new { id = eventIds[i % eventIds.Count] });
            await Task.Delay(100, CancellationToken.None);
        }
    }

    /// <summary>The checked-in count an event's statistics show through one gateway.</summary>
    public static async Task<int> CheckedInAsync(HttpClient gateway, string eventId)
    {
        using var response = await gateway.PostAsJsonAsync(new Uri("/graphql", UriKind.Relative),
            new { query = "query($id: ID!) { event(id: $id) { stats { checkedIn } } }", variables = new { id = eventId } });
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        return body["data"]!["event"]!["stats"]!["checkedIn"]!.GetValue<int>();
    }

    /// <summary>
    /// When the platform was fully responsive again after <paramref name="incident"/>: the moment the
    /// last request that went unanswered, or took longer than <paramref name="slow"/>, ended.
    /// </summary>
    public TimeSpan RecoveredAt(TimeSpan incident, TimeSpan slow) =>
        Requests.Where(r => r.SentAt + r.Took >= incident && (!r.Answered || r.Took > slow))
            .Select(r => r.SentAt + r.Took)
            .DefaultIfEmpty(incident)
            .Max();

    private async Task<JsonNode?> SendAsync(string query, object variables)
    {
        var gateway = gateways[Interlocked.Increment(ref _next) % gateways.Count];
        var sentAt = clock.Elapsed;
        JsonNode? answer = null;
        try
        {
            using var response = await gateway.PostAsJsonAsync(new Uri("/graphql", UriKind.Relative), new { query, variables });
            answer = (int)response.StatusCode >= 500 ? null : JsonNode.Parse(await response.Content.ReadAsStringAsync());
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
        {
            answer = null;
        }

        // A GraphQL error that is not a refusal of the request itself means the server could not answer it.
        var answered = answer is not null && (answer["data"] is JsonObject { Count: > 0 } data && data.All(p => p.Value is not null)
            || answer["errors"]?[0]?["extensions"]?["code"]?.GetValue<string>() is "CONFLICT" or "VALIDATION" or "NOT_FOUND");
        Requests.Add(new SentRequest(sentAt, clock.Elapsed - sentAt, answered));
        return answered ? answer : null;
    }
}
