using System.Diagnostics;
using Ise.Gateway.Hubs;
using Microsoft.AspNetCore.SignalR.Client;

namespace Ise.Bench;

/// <summary>
/// Many real SignalR clients of the gateway's <c>/hubs/events</c>, each joined to one event's group
/// the way a dashboard joins it, recording when each receives an awaited <c>Changed</c> message.
/// One delivery is awaited at a time (<see cref="DeliverAsync"/>).
/// </summary>
public sealed class DashboardCrowd : IAsyncDisposable
{
    private const int ConnectingAtOnce = 50;

    private readonly List<HubConnection> _connections = [];
    private Delivery? _awaited;

    public int Count => _connections.Count;

    public static async Task<DashboardCrowd> ConnectAsync(Uri gateway, string apiKey, string eventId, int clients)
    {
        var crowd = new DashboardCrowd();
        try
        {
            for (var first = 0; first < clients; first += ConnectingAtOnce)
            {
                var batch = Enumerable.Range(first, Math.Min(ConnectingAtOnce, clients - first)).Select(async index =>
                {
                    var connection = new HubConnectionBuilder()
                        .WithUrl(new Uri(gateway, EventHub.Path), o => o.AccessTokenProvider = () => Task.FromResult<string?>(apiKey))
                        .Build();
                    connection.On<EventBoardUpdate>(nameof(IEventHubClient.Changed), update => Volatile.Read(ref crowd._awaited)?.Arrived(index, update));
                    await connection.StartAsync();
                    await connection.InvokeAsync<EventBoard>(nameof(EventHub.Join), eventId);
                    return connection;
                }).ToList();
                crowd._connections.AddRange(await Task.WhenAll(batch));
            }
        }
        catch
        {
            await crowd.DisposeAsync();
            throw;
        }

        return crowd;
    }

    /// <summary>
    /// Runs <paramref name="send"/> and waits until every client has received a <c>Changed</c> that
    /// <paramref name="matches"/>; returns the first such message and each client's arrival timestamp
    /// (<see cref="Stopwatch.GetTimestamp"/>).
    /// </summary>
    public async Task<(EventBoardUpdate Update, long[] Arrivals)> DeliverAsync(Func<EventBoardUpdate, bool> matches, Func<Task> send, TimeSpan timeout)
    {
        var delivery = new Delivery(_connections.Count, matches);
        Volatile.Write(ref _awaited, delivery);
        try
        {
            await send();
            try
            {
                await delivery.Complete.Task.WaitAsync(timeout);
            }
            catch (TimeoutException)
            {
                throw new TimeoutException($"P5: {delivery.Received} of {_connections.Count} clients received the awaited message within {timeout.TotalSeconds} s.");
            }

            return (delivery.First!, delivery.Arrivals);
        }
        finally
        {
            Volatile.Write(ref _awaited, null);
        }
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var connection in _connections)
        {
            await connection.DisposeAsync();
        }
    }

    private sealed class Delivery(int clients, Func<EventBoardUpdate, bool> matches)
    {
        private int _pending = clients;

        public long[] Arrivals { get; } = new long[clients];

        public EventBoardUpdate? First { get; private set; }

        public TaskCompletionSource Complete { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public int Received => Arrivals.Length - Volatile.Read(ref _pending);

        public void Arrived(int client, EventBoardUpdate update)
        {
            var at = Stopwatch.GetTimestamp();
            if (!matches(update) || Interlocked.CompareExchange(ref Arrivals[client], at, 0) != 0)
            {
                return;
            }

            First ??= update;
            if (Interlocked.Decrement(ref _pending) == 0)
            {
                Complete.SetResult();
            }
        }
    }
}
