using System.Diagnostics;
using Ise.Gateway.Hubs;
using Ise.Gateway.Live;
using Ise.Live;

namespace Ise.Bench;

/// <summary>
/// P5: dashboard clients joined to one event through the gateway's <c>/hubs/events</c>; for check-ins
/// made one at a time through the GraphQL <c>checkIn</c> mutation, the time from the mutation's
/// answer to the <c>Changed</c> message carrying that check-in arriving at each client. Baseline in the
/// same run, alternating with it: the same message broadcast straight to the same group through the
/// hub context, timed from the send to each arrival. Goal: p99 ≤ baseline p99 + the grains'
/// coalescing window (<see cref="CoalescedWatchers{TObserver}.Interval"/>).
/// </summary>
public static class P5LiveFanOut
{
    private const string CheckIn = "mutation($code: String!) { checkIn(code: $code) { outcome } }";
    private const int WarmUpRounds = 3;
    private static readonly TimeSpan s_deliveryTimeout = TimeSpan.FromSeconds(60);

    public static async Task<Figure> RunAsync(BenchOptions options)
    {
        var clients = options.Quick ? 200 : 1_000;
        var rounds = options.Quick ? 20 : 100;
        await using var api = await ApiHost.StartAsync();
        var (pool, eventIds) = await CheckInPool.RegisterAsync(api.Grains, WarmUpRounds + rounds, WarmUpRounds + rounds);
        var eventId = eventIds.Single();
        var connecting = Stopwatch.StartNew();
        Console.WriteLine($"P5: connecting {clients:N0} dashboard clients to {EventHub.Path}...");
        await using var crowd = await DashboardCrowd.ConnectAsync(api.Address, ApiHost.ApiKey, eventId, clients);
        var connectSeconds = connecting.Elapsed.TotalSeconds;
        var group = api.EventHub.Clients.Group(EventLiveSource.GroupOf(eventId));

        Console.WriteLine($"P5: {rounds} check-ins, each followed by a raw group broadcast of the message it caused...");
        var live = new List<double>(rounds * clients);
        var raw = new List<double>(rounds * clients);
        var liveToLast = new List<double>(rounds);
        var rawToLast = new List<double>(rounds);
        for (var round = -WarmUpRounds; round < rounds; round++)
        {
            if (!pool.TryTake(out var code))
            {
                throw new InvalidOperationException("P5: the pool of attendee codes ran out.");
            }

            var acknowledged = 0L;
            var (update, liveArrivals) = await crowd.DeliverAsync(u => u.Changes.Any(c => c.Code == code), async () =>
            {
                var answer = await api.GraphQLAsync(CheckIn, new { code });
                acknowledged = Stopwatch.GetTimestamp();
                if (answer["errors"] is not null || answer["data"]?["checkIn"]?["outcome"]?.GetValue<string>() != "CHECKED_IN")
                {
                    throw new InvalidOperationException($"P5: checking in {code} answered {answer.ToJsonString()}");
                }
            }, s_deliveryTimeout);

            // The same message, told apart by a previous sequence no real update carries.
            var marker = -1L - round - WarmUpRounds;
            var sent = 0L;
            var (_, rawArrivals) = await crowd.DeliverAsync(u => u.PreviousSequence == marker, () =>
            {
                sent = Stopwatch.GetTimestamp();
                return group.Changed(update with { PreviousSequence = marker });
            }, s_deliveryTimeout);

            if (round >= 0)
            {
                Record(liveArrivals, acknowledged, live, liveToLast);
                Record(rawArrivals, sent, raw, rawToLast);
            }
        }

        double[] liveSorted = [.. live.Order()], rawSorted = [.. raw.Order()];
        var (p50, p99) = (LoadRunner.Percentile(liveSorted, 0.5), LoadRunner.Percentile(liveSorted, 0.99));
        var (rawP50, rawP99) = (LoadRunner.Percentile(rawSorted, 0.5), LoadRunner.Percentile(rawSorted, 0.99));
        var window = CoalescedWatchers<Ise.Events.IEventStatisticsObserver>.Interval.TotalMilliseconds;
        return new Figure(
            $"SignalR fan-out to {clients:N0} dashboard clients of one event: p99 from check-in acknowledged to delivered ÷ a raw group broadcast of the same message",
            Math.Round(p99, 3), Math.Round(rawP99, 3), "ms (p99 over client × check-in)",
            $"<= baseline + {window:0} ms", p99 <= rawP99 + window,
            Machine.Describe(), DateTime.UtcNow.ToString("O"), options.Mode,
            new ReadOnlyDictionary<string, double>(new Dictionary<string, double>
            {
                ["clients"] = clients,
                ["checkIns"] = rounds,
                ["pairs"] = live.Count,
                ["medianMs"] = Math.Round(p50, 3),
                ["baselineMedianMs"] = Math.Round(rawP50, 3),
                ["medianRatio"] = Math.Round(p50 / rawP50, 3),
                ["p99MinusBaselineP99Ms"] = Math.Round(p99 - rawP99, 3),
                ["batchingIntervalMs"] = window,
                ["lastClientMedianMs"] = Math.Round(LoadRunner.Percentile([.. liveToLast.Order()], 0.5), 3),
                ["baselineLastClientMedianMs"] = Math.Round(LoadRunner.Percentile([.. rawToLast.Order()], 0.5), 3),
                ["secondsToConnect"] = Math.Round(connectSeconds, 1),
            }),
            $"Gateway in embedded mode (in-memory storage) on Kestrel at 127.0.0.1; {clients:N0} .NET SignalR clients (WebSockets, JSON) in the bench process joined to one live event; " +
            $"{rounds} check-ins one at a time through the GraphQL checkIn mutation ({WarmUpRounds} more to warm up), each waited for at every client, then the message it caused " +
            "broadcast through IHubContext to the same group and waited for. Clients, gateway and silo share the machine's cores.");
    }

    private static void Record(long[] arrivals, long from, List<double> pairs, List<double> toLast)
    {
        foreach (var arrival in arrivals)
        {
            pairs.Add(Stopwatch.GetElapsedTime(from, arrival).TotalMilliseconds);
        }

        toLast.Add(Stopwatch.GetElapsedTime(from, arrivals.Max()).TotalMilliseconds);
    }
}
